import { describe, expect, it } from 'vitest';
import { baseIntake } from '../fixtures/intakes';
import { describeValue } from '../questions/lookup';
import { referralData } from '../questions/referral';
import { describeCondition } from './describe';
import { fillText } from './fill-text';
import { valueInWords } from './words';

describe('the time since onset in words (kept in months on the wire)', () => {
  const onset = 'diagnosis.monthsSinceOnset';

  it.each([
    [168, '14 years'],
    [14, '1 year 2 months'],
    [12, '1 year'],
    [25, '2 years 1 month'],
    [8, '8 months'],
    [1, '1 month'],
    [0, '0 months'],
  ])('%i months reads "%s"', (months, words) => {
    expect(describeValue(onset, months)).toBe(words);
    expect(valueInWords(onset, months)).toBe(words);
  });

  it('reads so on check answers and in the referral data, and "Not known" stays', () => {
    const intake = baseIntake();
    intake.diagnosis.monthsSinceOnset = 168;
    const row = referralData(intake)
      .flatMap((group) => group.rows)
      .find((candidate) => candidate.path === onset)!;
    expect(row).toMatchObject({ label: 'Time since onset or injury', words: '14 years' });
    expect(describeValue(onset, null)).toBe('Not known');
  });

  it('fills the clinician texts, and the rule listing names the limits in the same words', () => {
    const intake = { ...baseIntake(), diagnosis: { condition: 'brain_injury', monthsSinceOnset: 8 } };
    expect(fillText('{diagnosis.monthsSinceOnset} since the brain injury.', intake, [])).toBe(
      '8 months since the brain injury.',
    );
    expect(describeCondition({ path: onset, lt: 12 })).toBe('Time since onset or injury is known and less than 1 year');
    expect(describeCondition({ path: onset, lt: 6 })).toBe(
      'Time since onset or injury is known and less than 6 months',
    );
    expect(describeCondition({ path: 'patient.ageYears', gte: 18 })).toBe('Age is 18 years or more');
    expect(describeCondition({ path: 'spasticity.pennSpasmFrequency', gte: 3 })).toBe(
      'Penn spasm frequency score is 3 or more',
    );
  });
});
