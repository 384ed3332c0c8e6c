import { describe, expect, it } from 'vitest';
import { examples } from '../../../../shared/examples/examples';
import { englishWordsIn } from '../../../../shared/fixtures/english-words';
import { testIdentity } from '../../../../shared/fixtures/test-identity';
import { summarize } from '../../../../shared/rules/summarize';
import type { Audience } from '../../../../shared/text/audience';
import { fernandezHuerta } from '../../../../shared/text/spanish-readability';
import { sourceHash, type Translation } from '../../../../shared/text/translation';
import { englishWords, sheetContent } from '../sheet-content';
import { sheetText } from '../sheet-text';
import { translatedWords } from '../translate-sheet';
import { es } from './es';

// The sheet's fixed text in Spanish: every English text translated and tied to
// it, no English word left, the same figures, plain enough to read.

/** Every text of the English sheet beside its translation, by its place ("warning.groups.0.signs"). */
function pairsOf(
  english: unknown,
  spanish: unknown,
  where = '',
): { where: string; english: string; spanish: Translation }[] {
  if (typeof english === 'string') return [{ where, english, spanish: spanish as Translation }];
  return Object.entries(english as object).flatMap(([key, part]) =>
    pairsOf(part, (spanish as Record<string, unknown> | undefined)?.[key], where ? `${where}.${key}` : key),
  );
}
const pairs = pairsOf(sheetText, es);

const audiences: readonly Audience[] = ['adult', 'child'];
const spanishWords = translatedWords(es, 'es');
/** Every string of a resolved sheet, in order. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(strings)
      : [];
const digits = (text: string) => (text.match(/\d+/g) ?? []).sort();

describe('the Spanish sheet text', () => {
  it('translates every English text, and each translates the English as it is now', () => {
    expect(pairs.length).toBeGreaterThan(100);
    expect(pairs.filter((pair) => typeof pair.spanish?.text !== 'string').map((pair) => pair.where)).toEqual([]);
    const stale = pairs
      .filter((pair) => pair.spanish.source !== sourceHash(pair.english))
      .map((pair) => `${pair.where}: translate again "${pair.english}" (its hash is now ${sourceHash(pair.english)})`);
    expect(stale).toEqual([]);
  });

  it('gives the same figures, as "unas X de cada 100" where the English says "about X in 100"', () => {
    for (const { where, english, spanish } of pairs) {
      expect(digits(spanish.text), where).toEqual(digits(english));
      expect(spanish.text.match(/\bun[oa]s \d+ de cada 100\b/gi)?.length ?? 0, where).toBe(
        english.match(/\babout \d+ in 100\b/gi)?.length ?? 0,
      );
    }
  });

  describe.each(audiences)('%s reading', (audience) => {
    const words = spanishWords(audience, testIdentity);
    const texts = strings(words);
    const english = strings(englishWords(audience, testIdentity));

    it('has a text at every place the English has one, with every message resolved', () => {
      expect(texts).toHaveLength(english.length);
      expect(texts.filter((text) => /[{}|]|\s{2}|\s[.,]/.test(text))).toEqual([]);
    });

    it('keeps no English word by mistake', () => {
      expect(texts.flatMap((text) => englishWordsIn(text).map((word) => `${word}: ${text}`))).toEqual([]);
    });

    // As for the English (grade 6 overall, 8 at most for one text), one text may be harder than the whole:
    // the figures from studies ("158 adultos" is eight syllables read aloud) score 45 to 55.
    it('reads "bastante fácil" as a whole (Fernández-Huerta 70 or more), no sentence-long text under 45', () => {
      expect(fernandezHuerta(texts.join('\n'))).toBeGreaterThanOrEqual(70);
      const prose = texts.filter((text) => text.split(/\s+/).length >= 8);
      expect(prose.filter((text) => fernandezHuerta(text) < 45)).toEqual([]);
    });

    it('says "usted" to the adult and speaks to the parent about "su hijo"', () => {
      for (const text of texts) expect(text).not.toMatch(/\b(tú|tu|tienes|eres|puedes|te|ti)\b/i);
      if (audience === 'adult') expect(texts.filter((text) => /\bsu hijo\b/i.test(text))).toEqual([]);
      else expect(texts.filter((text) => /\busted (tiene|es|está|tuvo)\b/i.test(text))).toEqual([]);
    });

    it('dates the footer in Spanish, never says the pump can be turned off, and that it does not cure', () => {
      expect(words.footer.madeWith).toBe(
        `ITB Referral Aid, reglas ${testIdentity.version}, revisadas el ${new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${testIdentity.reviewed}T00:00:00Z`))}.`,
      );
      const whole = texts.join('\n');
      expect(whole).not.toMatch(/apag(ar|ue|a)|desconect|\bcura\b(?! la)/i);
      expect(whole).toContain('no cura');
      expect(whole).toContain('nunca debe parar de golpe');
    });
  });

  it('words the review date as Spanish does, whatever the time zone: "6 de diciembre de 2026"', () => {
    expect(spanishWords('adult', { version: '2.2.0', reviewed: '2026-12-06' }).footer.madeWith).toBe(
      'ITB Referral Aid, reglas 2.2.0, revisadas el 6 de diciembre de 2026.',
    );
  });

  it('makes the sheet for someone with a pump now and for a parent, with the Spanish findings', () => {
    const pumpNow = examples.find((example) => example.intake.otherTreatments.includes('itb_pump_current'))!;
    const content = sheetContent(pumpNow.intake, summarize(pumpNow.intake, testIdentity, 'es'), spanishWords);
    expect(content.pumpNow).toBe(true);
    expect(content.text.title).toBe('Su visita sobre su bomba de baclofeno');
    expect(content.text.compare.columns).toEqual(['Seguir con la bomba', 'Parar la bomba']);
    expect(content.warningWhen).toBe('Usted tiene una bomba, así que estas señales importan ya.');
    expect(content.about.map((part) => part.title)).toEqual(['Sobre su bomba', 'Vivir con una bomba']);

    const child = examples.find((example) => example.id === 'child-gmfcs-v-complex')!;
    const forParent = sheetContent(child.intake, summarize(child.intake, testIdentity, 'es'), spanishWords);
    expect(forParent.text.title).toBe('La visita de su hijo sobre una bomba de baclofeno');
    expect(forParent.carers?.label).toBe('Puede que su hijo no se lo pueda decir. Vigile estas señales:');
    expect(forParent.figures.risks[0]).toMatch(/^Infección: se siguió a 341 niños/);
    expect(forParent.talk.join(' ')).toMatch(/A su hijo le puede costar contar síntomas nuevos/);
  });
});
