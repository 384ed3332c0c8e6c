import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patientWords } from '../../../../shared/questions/patient-words';
import { rules } from '../../../../shared/rules/rule-set';
import { translations } from '../../../../shared/rules/translations';
import { sheetText } from '../sheet-text';
import { es } from './es';

// docs/clinical/spanish-back-translation.md lists every Spanish text beside the
// English it translates and its meaning back in English, for a clinician to
// review. Kept by hand: this test says which row is missing or stale.

// Tests run from the repository's root (vitest.config.ts).
const doc = readFileSync(join(process.cwd(), 'docs/clinical/spanish-back-translation.md'), 'utf8');

/** The table rows of the document: where, English, Spanish, back-translation (a `\|` is a | of the text). */
const rows = doc
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) =>
    line
      .slice(2, -2)
      .split(/ (?<!\\)\| /)
      .map((cell) => cell.replaceAll('\\|', '|')),
  );

/** Every Spanish text of the sheet and the rule set, beside its English. */
function sheetPairs(english: unknown, spanish: unknown): { english: string; spanish: string }[] {
  if (typeof english === 'string') return [{ english, spanish: (spanish as { text: string }).text }];
  return Object.entries(english as object).flatMap(([key, part]) =>
    sheetPairs(part, (spanish as Record<string, unknown>)[key]),
  );
}
const { es: rulesEs } = translations;
const pairs = [
  ...rules.flatMap((rule) => [
    { english: rule.patientText, spanish: rulesEs.rules[rule.id]!.patientText.text },
    ...(rule.additions ?? []).flatMap((addition, index) =>
      addition.patientText
        ? [{ english: addition.patientText, spanish: rulesEs.rules[rule.id]!.additions![index]!.text }]
        : [],
    ),
  ]),
  ...Object.entries(patientWords).map(([path, english]) => ({
    english: english!,
    spanish: rulesEs.patientWords[path as keyof typeof patientWords]!.text,
  })),
  ...sheetPairs(sheetText, es),
];

describe('the back-translation table for clinical review', () => {
  it('has four cells in every row, each with a back-translation', () => {
    expect(rows.length).toBeGreaterThan(200);
    expect(rows.filter((row) => row.length !== 4 || !row[3]!.trim()).map((row) => row[0])).toEqual([]);
  });

  it('lists every Spanish text beside the English it translates as they are now', () => {
    const listed = new Set(rows.map((row) => `${row[1]}\n${row[2]}`));
    const missing = pairs
      .filter(({ english, spanish }) => !listed.has(`${english}\n${spanish}`))
      .map(({ english, spanish }) => `add a row: "${english}" in Spanish "${spanish}"`);
    expect(missing).toEqual([]);
  });

  it('lists no text that is no longer shown', () => {
    const current = new Set(pairs.map(({ english, spanish }) => `${english}\n${spanish}`));
    expect(rows.filter((row) => !current.has(`${row[1]}\n${row[2]}`)).map((row) => row[0])).toEqual([]);
  });
});
