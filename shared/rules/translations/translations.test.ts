import { describe, expect, it } from 'vitest';
import { examples } from '../../examples/examples';
import { englishWordsIn } from '../../fixtures/english-words';
import { testIdentity } from '../../fixtures/test-identity';
import { patientWords } from '../../questions/patient-words';
import { forAudience, type Audience } from '../../text/audience';
import { formatMessage } from '../../text/message';
import { fernandezHuerta } from '../../text/spanish-readability';
import { sourceHash, type Translation } from '../../text/translation';
import { rules } from '../rule-set';
import { summarize } from '../summarize';
import { translations } from '.';

// The rule set's patient texts in Spanish: one for every English patient text,
// tied to it by its hash, readable, in plain Spanish, with the same figures.

const { es } = translations;
const audiences: readonly Audience[] = ['adult', 'child'];

/** Every translated text beside the English it translates, named as a test failure should name it. */
const pairs: { where: string; english: string; spanish: Translation | undefined }[] = [
  ...rules.flatMap((rule) => [
    { where: rule.id, english: rule.patientText, spanish: es.rules[rule.id]?.patientText },
    ...(rule.additions ?? []).flatMap((addition, index) =>
      addition.patientText === undefined
        ? []
        : [
            {
              where: `${rule.id} (addition ${index + 1})`,
              english: addition.patientText,
              spanish: es.rules[rule.id]?.additions?.[index] ?? undefined,
            },
          ],
    ),
  ]),
  ...Object.entries(patientWords).map(([path, english]) => ({
    where: `patient words of ${path}`,
    english: english!,
    spanish: es.patientWords[path as keyof typeof patientWords],
  })),
];

/** The answers a typical {fields} names: two, as the English text checks use. */
const sampleValues = { fields: 'convulsiones y una válvula de derivación', count: 2 };
const reading = (message: string, audience: Audience) => formatMessage(message, 'es', { ...sampleValues, audience });
const digits = (text: string) => (text.match(/\d+/g) ?? []).sort();

describe('Spanish patient texts of the rule set', () => {
  it('translate every patient text of every rule, addition and answer, and nothing else', () => {
    expect(pairs.filter((pair) => !pair.spanish).map((pair) => pair.where)).toEqual([]);
    expect(Object.keys(es.rules).filter((id) => !rules.some((rule) => rule.id === id))).toEqual([]);
    expect(Object.keys(es.patientWords).filter((path) => !(path in patientWords))).toEqual([]);
    for (const rule of rules)
      expect(es.rules[rule.id]!.additions?.length ?? 0, rule.id).toBeLessThanOrEqual(rule.additions?.length ?? 0);
  });

  it('each translate the English as it is now: a changed English text fails here until it is translated again', () => {
    const stale = pairs
      .filter((pair) => pair.spanish && pair.spanish.source !== sourceHash(pair.english))
      .map((pair) => `${pair.where}: translate again "${pair.english}" (its hash is now ${sourceHash(pair.english)})`);
    expect(stale).toEqual([]);
  });

  it('the tie catches a change of one character', () => {
    expect(sourceHash('Tell the team about it.')).not.toBe(sourceHash('Tell the team about it!'));
    expect(sourceHash('')).toBe('811c9dc5');
  });

  it.each(audiences)('keep no English word by mistake (%s reading)', (audience) => {
    const left = pairs.flatMap(({ where, spanish }) =>
      englishWordsIn(reading(spanish!.text, audience)).map((word) => `${where}: ${word}`),
    );
    expect(left).toEqual([]);
  });

  it('the English-word check catches what it must, and lets Spanish words alone', () => {
    expect(englishWordsIn('Llame al equipo de la pump.')).toEqual(['pump']);
    expect(englishWordsIn('Tell the team')).toEqual(['Tell', 'the', 'team']);
    expect(englishWordsIn('No come bien. Vaya al hospital. Nivel GMFCS I o II. ITB Referral Aid.')).toEqual([]);
  });

  it('give the same figures as the English, and say "unas X de cada 100" where it says "about X in 100"', () => {
    for (const { where, english, spanish } of pairs) {
      expect(digits(spanish!.text), where).toEqual(digits(english));
      expect(spanish!.text.match(/\bun[oa]s \d+ de cada 100\b/g)?.length ?? 0, where).toBe(
        english.match(/\babout \d+ in 100\b/gi)?.length ?? 0,
      );
    }
  });

  it('speak to the adult as "usted", and in the parent’s reading about "su hijo", never to the child', () => {
    for (const { where, spanish } of pairs) {
      const adult = reading(spanish!.text, 'adult');
      const child = reading(spanish!.text, 'child');
      expect(adult, where).not.toMatch(/\bsu hij[oa]\b/i);
      expect(child, where).not.toMatch(
        /\busted (tiene|es|está|tuvo|toma|usa|no ha|ya tuvo)\b|\bsus? (músculos|rigidez|cuerpo|convulsiones)\b/i,
      );
      // "Usted", never "tú": no familiar forms.
      for (const text of [adult, child]) expect(text, where).not.toMatch(/\b(tú|tu|tienes|eres|puedes|te|ti)\b/i);
    }
  });

  it('hold each select as the adult reading and the parent’s ("other"), with no pair notation left', () => {
    for (const { where, spanish } of pairs) {
      const selects = [...spanish!.text.matchAll(/\{(\w+), select,/g)].map((match) => match[1]);
      expect(new Set(selects), where).toEqual(new Set(selects.length ? ['audience'] : []));
      expect(spanish!.text, where).not.toMatch(/\{\{[^{}]*\|[^{}]*\}\}/);
      for (const audience of audiences)
        expect(reading(spanish!.text, audience), where).not.toMatch(/[{}|]|\s{2}|\s[.,]/);
    }
  });

  it.each(audiences)('read easily: no text under 60 (Fernández-Huerta), all of them 70 or more (%s)', (audience) => {
    const texts = pairs
      .filter(({ where }) => !where.startsWith('patient words'))
      .map(({ where, spanish }) => ({ where, text: reading(spanish!.text, audience) }));
    const scores = texts.map(({ where, text }) => ({ where, score: fernandezHuerta(text) }));
    expect(scores.filter(({ score }) => score < 60)).toEqual([]);
    expect(fernandezHuerta(texts.map(({ text }) => text).join(' '))).toBeGreaterThanOrEqual(70);
  });

  it('say what the English says about withdrawal, blood thinners and MRI, in MedlinePlus words', () => {
    const text = (id: string) => reading(es.rules[id]!.patientText.text, 'adult');
    for (const id of ['current-pump', 'refills-not-possible', 'withdrawal-risk'])
      expect(text(id), id).toMatch(/abstinencia.*puede poner la vida en peligro/);
    expect(text('bleeding-risk')).toMatch(/No lo deje de tomar por su cuenta/);
    expect(text('mri-needed')).toMatch(/resonancias magnéticas/);
    expect(text('listed-condition')).toMatch(/bombas de baclofeno/);
    expect(reading(es.rules['pregnancy']!.patientText.text, 'child')).toMatch(/^Su hija está embarazada/);
  });
});

describe('summarize in Spanish', () => {
  it.each(examples.map((example) => [example.id, example] as const))(
    '%s: the same findings, the clinician texts unchanged, every patient text in Spanish for its reader',
    (_id, example) => {
      const english = summarize(example.intake, testIdentity);
      const spanish = summarize(example.intake, testIdentity, 'es');
      expect(spanish.findings.map(({ patientText: _, ...rest }) => rest)).toEqual(
        english.findings.map(({ patientText: _, ...rest }) => rest),
      );
      expect(spanish.notFired).toEqual(english.notFired);
      for (const finding of spanish.findings) {
        expect(finding.patientText, finding.ruleId).not.toMatch(/[{}|]|undefined|considerations\./);
        expect(englishWordsIn(finding.patientText), finding.ruleId).toEqual([]);
      }
    },
  );

  it('names the answers to find out in Spanish, joined as Spanish joins a list, with one or many', () => {
    const base = examples.find((example) => example.id === 'ms-drowsiness')!.intake;
    const unsure = (answers: Record<string, string>) =>
      summarize({ ...base, considerations: { ...base.considerations, ...answers } }, testIdentity, 'es').findings.find(
        (finding) => finding.ruleId === 'unsure-answers',
      )!.patientText;
    const one = unsure({ seizures: 'unsure', reliesOnTone: 'no' });
    expect(one).toBe(
      'En el formulario, una respuesta es “no sé”: convulsiones. Trate de saber esto antes de la visita.',
    );
    const three = unsure({ seizures: 'unsure', reliesOnTone: 'no', shunt: 'unsure', mentalHealth: 'unsure' });
    expect(three).toBe(
      'En el formulario, algunas respuestas son “no sé”: convulsiones, una válvula de derivación y salud mental o momentos de confusión. Trate de saber esto antes de la visita.',
    );
  });

  it('gives the parent’s reading under 12, in the answers’ words too', () => {
    const child = examples.find((example) => example.id === 'child-gmfcs-v-complex')!;
    const findings = summarize(child.intake, testIdentity, 'es').findings;
    expect(findings.find((finding) => finding.ruleId === 'withdrawal-risk')!.patientText).toContain(
      'A su hijo le puede costar contar síntomas nuevos.',
    );
    expect(forAudience('{{a|b}}', 'child')).toBe('b');
  });
});
