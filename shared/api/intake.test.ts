import { describe, expect, it } from 'vitest';
import exampleIntake from '../fixtures/example-intake.json' with { type: 'json' };
import { toIssues } from './errors';
import { intakeSchema } from './intake';

const issuesOf = (value: unknown) => {
  const result = intakeSchema.safeParse(value);
  return result.success ? [] : toIssues(result.error);
};
const withChange = (change: (intake: any) => void) => {
  const intake = structuredClone(exampleIntake) as any;
  change(intake);
  return intake;
};

describe('intakeSchema', () => {
  it('accepts the contract example', () => {
    expect(issuesOf(exampleIntake)).toEqual([]);
  });

  it.each([
    ['age above 120', (i: any) => (i.patient.ageYears = 121), 'patient.ageYears'],
    ['fractional age', (i: any) => (i.patient.ageYears = 4.5), 'patient.ageYears'],
    ['weight of 0', (i: any) => (i.patient.weightKg = 0), 'patient.weightKg'],
    ['months beyond 1500', (i: any) => (i.diagnosis.monthsSinceOnset = 1501), 'diagnosis.monthsSinceOnset'],
    [
      'missing monthsSinceOnset (null is allowed, absent is not)',
      (i: any) => delete i.diagnosis.monthsSinceOnset,
      'diagnosis.monthsSinceOnset',
    ],
    [
      '"other" without a description',
      (i: any) => {
        i.diagnosis.condition = 'other';
        delete i.considerations.autonomicDysreflexia;
      },
      'diagnosis.otherDescription',
    ],
    ['a description without "other"', (i: any) => (i.diagnosis.otherDescription = 'HSP'), 'diagnosis.otherDescription'],
    ['Penn of 5', (i: any) => (i.spasticity.pennSpasmFrequency = 5), 'spasticity.pennSpasmFrequency'],
    ['MAS as a number', (i: any) => (i.spasticity.modifiedAshworth = 3), 'spasticity.modifiedAshworth'],
    ['duplicate impacts', (i: any) => i.spasticity.impacts.push('sleep'), 'spasticity.impacts'],
    [
      'dose fields when oral baclofen was not tried',
      (i: any) => (i.oralBaclofen = { tried: 'no', response: 'good' }),
      'oralBaclofen.response',
    ],
    ['dose above 300 mg', (i: any) => (i.oralBaclofen.highestDailyDoseMg = 301), 'oralBaclofen.highestDailyDoseMg'],
    ['an unknown side effect', (i: any) => i.oralBaclofen.sideEffects.push('hiccups'), 'oralBaclofen.sideEffects.2'],
    ['pregnancy "maybe"', (i: any) => (i.considerations.pregnancy = 'maybe'), 'considerations.pregnancy'],
    ['notes over 2000 characters', (i: any) => (i.notes = 'x'.repeat(2001)), 'notes'],
    ['an unknown key deep inside', (i: any) => (i.considerations.name = 'Jane'), 'considerations.name'],
    ['no mobility', (i: any) => delete i.patient.mobility, 'patient.mobility'],
    ['no dystonia answer', (i: any) => delete i.spasticity.dystonia, 'spasticity.dystonia'],
    ['a GMFCS level without cerebral palsy', (i: any) => (i.diagnosis.gmfcs = 'III'), 'diagnosis.gmfcs'],
    [
      'cerebral palsy without a GMFCS level',
      (i: any) => {
        i.diagnosis.condition = 'cerebral_palsy';
        delete i.considerations.autonomicDysreflexia;
      },
      'diagnosis.gmfcs',
    ],
    [
      'an injury level without spinal cord injury',
      (i: any) => (i.diagnosis.injuryLevel = 'cervical'),
      'diagnosis.injuryLevel',
    ],
    [
      'spinal cord injury without an injury level',
      (i: any) => (i.diagnosis.condition = 'spinal_cord_injury'),
      'diagnosis.injuryLevel',
    ],
    [
      'multiple sclerosis without autonomic dysreflexia',
      (i: any) => delete i.considerations.autonomicDysreflexia,
      'considerations.autonomicDysreflexia',
    ],
    [
      'autonomic dysreflexia for a stroke',
      (i: any) => (i.diagnosis.condition = 'stroke'),
      'considerations.autonomicDysreflexia',
    ],
    [
      'spinal surgery "yes" (v2 asks none, previous, planned or not sure)',
      (i: any) => (i.considerations.spinalSurgery = 'yes'),
      'considerations.spinalSurgery',
    ],
    ['an unknown treatment', (i: any) => i.otherTreatments.push('itb_pump'), 'otherTreatments.2'],
    [
      'months since onset beyond the age (34 years, 600 months)',
      (i: any) => {
        i.patient.ageYears = 34;
        i.diagnosis.monthsSinceOnset = 600;
      },
      'diagnosis.monthsSinceOnset',
    ],
  ])('rejects %s at its path', (_name, change, path) => {
    const issues = issuesOf(withChange(change));
    expect(issues.map((issue) => issue.path)).toEqual([path]);
    expect(issues[0]!.message).not.toMatch(/^Invalid/);
  });

  it('says the limit of the time since onset in years and in months, for the form and the API', () => {
    const [issue] = issuesOf(
      withChange((i: any) => {
        i.patient.ageYears = 34;
        i.diagnosis.monthsSinceOnset = 600;
      }),
    );
    expect(issue!.message).toBe('Enter a time since onset of at most 35 years (420 months): the patient is 34');
  });

  it('accepts months since onset up to (age + 1) x 12, and a new-born', () => {
    expect(
      issuesOf(
        withChange((i) => {
          i.patient.ageYears = 34;
          i.diagnosis.monthsSinceOnset = 420;
        }),
      ),
    ).toEqual([]);
    expect(
      issuesOf(
        withChange((i) => {
          i.patient.ageYears = 0;
          i.diagnosis.monthsSinceOnset = 12;
        }),
      ),
    ).toEqual([]);
    expect(
      issuesOf(
        withChange((i) => {
          i.patient.ageYears = 0;
          i.diagnosis.monthsSinceOnset = 13;
        }),
      ).map((issue) => issue.path),
    ).toEqual(['diagnosis.monthsSinceOnset']);
  });

  it('reports a missing follow-up even while other answers are wrong, as the form checks one step at a time', () => {
    const intake = withChange((i) => {
      i.diagnosis.condition = 'cerebral_palsy';
      delete i.considerations.autonomicDysreflexia;
      i.spasticity.modifiedAshworth = 'five';
    });
    expect(
      issuesOf(intake)
        .map((issue) => issue.path)
        .sort(),
    ).toEqual(['diagnosis.gmfcs', 'spasticity.modifiedAshworth']);
  });

  it('refuses a list longer than its options with one issue, without reading the items', () => {
    const issues = issuesOf(withChange((i) => (i.goals = Array(16000).fill(1))));
    expect(issues).toEqual([{ path: 'goals', message: 'List at most 9 of the goals' }]);
  });

  it('names the v2 question when a v1 key is sent', () => {
    const issues = issuesOf(
      withChange((i) => {
        i.considerations.spinalSurgeryOrFusion = 'no';
        i.considerations.withdrawalRisk = 'no';
      }),
    );
    expect(issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining('considerations.spinalSurgery'),
      expect.stringContaining('considerations.communicationDifficulty'),
    ]);
  });

  it('accepts the "not known" answers: null dose, null months, null Penn', () => {
    const intake = withChange((i) => {
      i.oralBaclofen.highestDailyDoseMg = null;
      i.diagnosis.monthsSinceOnset = null;
      i.spasticity.pennSpasmFrequency = null;
    });
    expect(issuesOf(intake)).toEqual([]);
  });

  it('accepts "other" with a description and the two short oral shapes', () => {
    const intake = withChange((i) => {
      i.diagnosis = { condition: 'other', otherDescription: 'Hereditary spastic paraplegia', monthsSinceOnset: 40 };
      delete i.considerations.autonomicDysreflexia;
      i.oralBaclofen = { tried: 'unsure' };
    });
    expect(issuesOf(intake)).toEqual([]);
  });

  it('rejects a body that is not an object with one clear issue', () => {
    expect(issuesOf([])).toEqual([{ path: '', message: 'Send the intake as a JSON object' }]);
  });
});
