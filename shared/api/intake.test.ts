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
    ['missing monthsSinceOnset (null is allowed, absent is not)', (i: any) => delete i.diagnosis.monthsSinceOnset, 'diagnosis.monthsSinceOnset'],
    ['"other" without a description', (i: any) => (i.diagnosis.condition = 'other'), 'diagnosis.otherDescription'],
    ['a description without "other"', (i: any) => (i.diagnosis.otherDescription = 'HSP'), 'diagnosis.otherDescription'],
    ['Penn of 5', (i: any) => (i.spasticity.pennSpasmFrequency = 5), 'spasticity.pennSpasmFrequency'],
    ['MAS as a number', (i: any) => (i.spasticity.modifiedAshworth = 3), 'spasticity.modifiedAshworth'],
    ['duplicate impacts', (i: any) => i.spasticity.impacts.push('sleep'), 'spasticity.impacts'],
    ['dose fields when oral baclofen was not tried', (i: any) => (i.oralBaclofen = { tried: 'no', response: 'good' }), 'oralBaclofen.response'],
    ['dose above 300 mg', (i: any) => (i.oralBaclofen.highestDailyDoseMg = 301), 'oralBaclofen.highestDailyDoseMg'],
    ['an unknown side effect', (i: any) => i.oralBaclofen.sideEffects.push('hiccups'), 'oralBaclofen.sideEffects.2'],
    ['pregnancy "maybe"', (i: any) => (i.considerations.pregnancy = 'maybe'), 'considerations.pregnancy'],
    ['notes over 2000 characters', (i: any) => (i.notes = 'x'.repeat(2001)), 'notes'],
    ['an unknown key deep inside', (i: any) => (i.considerations.name = 'Jane'), 'considerations.name'],
  ])('rejects %s at its path', (_name, change, path) => {
    const issues = issuesOf(withChange(change));
    expect(issues.map((issue) => issue.path)).toEqual([path]);
    expect(issues[0]!.message).not.toMatch(/^Invalid/);
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
      i.oralBaclofen = { tried: 'unsure' };
    });
    expect(issuesOf(intake)).toEqual([]);
  });

  it('rejects a body that is not an object with one clear issue', () => {
    expect(issuesOf([])).toEqual([{ path: '', message: 'Send the intake as a JSON object' }]);
  });
});
