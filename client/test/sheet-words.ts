import { expect } from 'vitest';
import { fleschKincaidGrade } from '../../shared/text/readability';
import type { SheetCase } from './sheet-cases';

/** What an English sheet shows, read off the page by jsdom or by Chromium. */
export type ReadSheet = { printed: string; heading: string; warningWhen: string };

/**
 * The words an English patient sheet must and must not have for this patient:
 * no rule id, one reading of the fixed text, reading grade 6, the heading and the
 * warning words for who it speaks to, and lines only where they fit the patient.
 * jsdom checks every sheet with it; Chromium the sheets it prints.
 */
export function expectEnglishSheetWords(
  sheetCase: SheetCase,
  { printed, heading, warningWhen }: ReadSheet,
  ruleIds: readonly string[],
) {
  const hyphenatedIds = ruleIds.filter((ruleId) => ruleId.includes('-'));
  expect(hyphenatedIds.filter((ruleId) => printed.includes(ruleId))).toEqual([]);
  expect(printed).not.toMatch(/\{\{|\}\}/);
  expect(fleschKincaidGrade(printed), 'reading grade').toBeLessThanOrEqual(6);

  const { intake, hasPumpNow } = sheetCase;
  const child = intake.patient.ageYears < 12;
  const whose = child ? 'your child’s' : 'your';
  expect(heading).toBe(
    `${child ? 'Your child’s' : 'Your'} visit about ${hasPumpNow ? `${whose} baclofen pump` : 'a baclofen pump'}`,
  );
  // Someone with a pump now gets the sheet for life with a pump: no test dose, no surgery, no "no refills".
  const forLifeWithAPump = /The test dose|Surgery and getting better|No regular refill visits|respond to it/;
  if (hasPumpNow) expect(printed).not.toMatch(forLifeWithAPump);
  else expect(printed).toMatch(/The test dose/);
  // Signs a carer can see, for a young child or someone who cannot say how they feel.
  const cannotSay = child || intake.considerations.communicationDifficulty === 'yes';
  expect(printed.includes('watch for these signs') || printed.includes('Watch for these signs')).toBe(cannotSay);
  // The pills line only for someone who has taken them; the blood-thinner line only with a bleeding risk.
  expect(printed.includes('Do not stop or change baclofen pills')).toBe(intake.oralBaclofen.tried === 'yes');
  expect(printed.includes('Do not stop a blood thinner')).toBe(intake.considerations.bleedingRisk === 'yes');
  const who = child ? 'your child has' : 'you have';
  expect(warningWhen.toLowerCase()).toBe(
    hasPumpNow ? `${who} a pump now, so these signs matter now.` : `these signs matter once ${who} a pump.`,
  );
}
