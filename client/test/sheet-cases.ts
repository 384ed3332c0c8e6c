import type { Intake } from '../../shared/api/intake';
import { exampleById, examples } from '../../shared/examples/examples';
import { testIdentity } from '../../shared/fixtures/test-identity';
import { summarize } from '../../shared/rules/summarize';
import type { Language } from '../../shared/text/languages';
import { sheetContent } from '../features/patient-sheet/sheet-content';
import { loadSheetWords } from '../features/patient-sheet/sheet-languages';

// The patient sheets the tests make, in every language: every worked example and
// a fictional six-year-old. Every one is checked for its words in jsdom
// (patient-sheet-cases.test.tsx); the browser prints the few most likely to spill.

export type SheetCase = { id: string; intake: Intake; path: string; hasPumpNow?: boolean };

const childCp = exampleById('child-cerebral-palsy')!.intake;
export const sheetCases: SheetCase[] = [
  ...examples.map((example) => ({
    id: example.id,
    intake: example.intake,
    path: `/examples/${example.id}/patient`,
    hasPumpNow: example.intake.otherTreatments.includes('itb_pump_current'),
  })),
  {
    id: 'fictional six-year-old',
    intake: {
      ...childCp,
      patient: { ...childCp.patient, ageYears: 6, weightKg: 20 },
      diagnosis: { ...childCp.diagnosis, monthsSinceOnset: 72 },
    },
    path: '/summary/patient',
  },
];

/** The kind of sheet a case gets: its layout differs by who it speaks to and whether a pump is in already. */
export const sheetVariant = (sheetCase: SheetCase) =>
  sheetCase.hasPumpNow ? 'pump-now' : sheetCase.intake.patient.ageYears < 12 ? 'child' : 'adult';

const stringsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsOf)
      : value !== null && typeof value === 'object'
        ? Object.values(value).flatMap(stringsOf)
        : [];

/**
 * How much a case's sheet prints, measured without a browser: the characters of
 * every text its content holds (the screen-only words left out), plus a line's
 * worth (60 characters) for each of them, since every item starts a new line.
 */
export async function printedLength(sheetCase: SheetCase, language: Language): Promise<number> {
  const content = sheetContent(
    sheetCase.intake,
    summarize(sheetCase.intake, testIdentity, language),
    await loadSheetWords(language),
  );
  const texts = stringsOf({ ...content, text: { ...content.text, screen: undefined } });
  return texts.reduce((sum, text) => sum + text.length + 60, 0);
}

/**
 * The sheets the browser prints in a language: for each kind of sheet (adult,
 * child under 12, pump now), the case with the longest printed text by
 * printedLength, the one most likely to run past 2 pages. Every case and
 * language prints with `npx tsx tools/print-check.ts`.
 */
export async function sheetsToPrint(language: Language): Promise<SheetCase[]> {
  const longest = new Map<string, { sheetCase: SheetCase; length: number }>();
  for (const sheetCase of sheetCases) {
    const length = await printedLength(sheetCase, language);
    const variant = sheetVariant(sheetCase);
    if ((longest.get(variant)?.length ?? -1) < length) longest.set(variant, { sheetCase, length });
  }
  return [...longest.values()].map(({ sheetCase }) => sheetCase);
}
