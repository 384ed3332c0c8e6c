import { describe, expect, it } from 'vitest';
import { intakeSchema } from '../../../shared/api/intake';
import { emptyValues, toIntake, type FormValues } from './form-values';

const filled = (): FormValues => {
  const values = emptyValues();
  values.patient = { ageYears: '42', weightKg: '68.5' };
  values.diagnosis = { condition: 'multiple_sclerosis', otherDescription: 'left over', monthsSinceOnset: '96', monthsUnknown: false };
  values.spasticity = { distribution: 'both_legs', modifiedAshworth: '3', pennSpasmFrequency: 'not_assessed', impacts: ['sleep'], impactsNone: false };
  values.oralBaclofen = {
    tried: 'yes',
    highestDailyDoseMg: '60',
    doseUnknown: false,
    response: 'partial',
    sideEffects: ['drowsiness'],
    sideEffectsNone: false,
    sideEffectsLimitedDose: 'yes',
  };
  values.considerations = Object.fromEntries(Object.keys(values.considerations).map((key) => [key, 'no'])) as FormValues['considerations'];
  values.considerations.seizures = 'none';
  return values;
};

describe('toIntake', () => {
  it('turns complete answers into a valid intake, numbers as numbers', () => {
    const intake = toIntake(filled());
    expect(intakeSchema.parse(intake)).toMatchObject({
      patient: { ageYears: 42, weightKg: 68.5 },
      diagnosis: { condition: 'multiple_sclerosis', monthsSinceOnset: 96 },
      spasticity: { pennSpasmFrequency: null },
      oralBaclofen: { highestDailyDoseMg: 60 },
    });
  });

  it('leaves out questions that no longer apply: the description, and the dose after "not tried"', () => {
    const values = filled();
    values.oralBaclofen.tried = 'no';
    const intake = toIntake(values) as Record<string, any>;
    expect(intake.diagnosis).not.toHaveProperty('otherDescription');
    expect(intake.oralBaclofen).toEqual({ tried: 'no' });
  });

  it('sends null for "not known" and leaves an empty optional weight and notes out', () => {
    const values = filled();
    values.diagnosis.monthsUnknown = true;
    values.oralBaclofen.doseUnknown = true;
    values.patient.weightKg = '';
    values.notes = '   ';
    const intake = toIntake(values) as Record<string, any>;
    expect(intake.diagnosis.monthsSinceOnset).toBeNull();
    expect(intake.oralBaclofen.highestDailyDoseMg).toBeNull();
    expect(intake.patient).toEqual({ ageYears: 42 });
    expect(intake).not.toHaveProperty('notes');
  });

  it('reports unanswered questions as missing, so the schema names each one', () => {
    const result = intakeSchema.safeParse(toIntake(emptyValues()));
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain('patient.ageYears');
    expect(paths).toContain('considerations.pregnancy');
  });
});
