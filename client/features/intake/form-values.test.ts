import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intakeSchema } from '../../../shared/api/intake';
import { examples } from '../../../shared/examples/examples';
import { arbitraryIntake } from '../../../shared/fixtures/arbitrary-intake';
import { baseIntake } from '../../../shared/fixtures/intakes';
import { questions } from '../../../shared/questions/catalogue';
import { readPath } from '../../../shared/api/paths';
import { emptyValues, isFormValues, NONE, NOT_KNOWN, toFormValues, toIntake, unansweredLists } from './form-values';

describe('the form model', () => {
  it('has one answer per question of the catalogue, empty', () => {
    const values = emptyValues();
    for (const question of questions)
      expect(readPath(values, question.path)).toEqual(question.kind === 'list' ? [] : '');
    expect(isFormValues(values)).toBe(true);
  });

  it('round-trips every worked example and random intakes: intake -> form answers -> the same intake', () => {
    for (const example of examples) expect(toIntake(toFormValues(example.intake))).toEqual(example.intake);
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        expect(intakeSchema.parse(toIntake(toFormValues(intake)))).toEqual(intake);
      }),
      { numRuns: 500 },
    );
  });

  it('turns text into numbers, "Not known" into null and "None of these" into an empty list', () => {
    const values = toFormValues(baseIntake());
    values.patient.weightKg = ' 68,5 ';
    values.diagnosis.monthsSinceOnset = NOT_KNOWN;
    values.spasticity.impacts = [NONE];
    const intake = intakeSchema.parse(toIntake(values));
    expect(intake.patient.weightKg).toBe(68.5);
    expect(intake.diagnosis.monthsSinceOnset).toBeNull();
    expect(intake.spasticity.impacts).toEqual([]);
  });

  it('leaves out questions that no longer apply, however they were answered', () => {
    const values = toFormValues(baseIntake());
    values.diagnosis.otherDescription = 'left over';
    values.diagnosis.gmfcs = 'IV';
    values.oralBaclofen.tried = 'no';
    const intake = JSON.parse(JSON.stringify(toIntake(values)));
    expect(intake.diagnosis).not.toHaveProperty('otherDescription');
    expect(intake.diagnosis).not.toHaveProperty('gmfcs');
    expect(intake.oralBaclofen).toEqual({ tried: 'no' });
    values.diagnosis.condition = 'stroke';
    expect(JSON.parse(JSON.stringify(toIntake(values))).considerations).not.toHaveProperty('autonomicDysreflexia');
  });

  it('leaves an empty optional weight and blank notes out; an empty list with no tick is unanswered', () => {
    const values = toFormValues(baseIntake());
    values.patient.weightKg = '';
    values.notes = '   ';
    values.goals = [];
    // What is sent: JSON drops the unanswered (undefined) keys.
    const intake = JSON.parse(JSON.stringify(toIntake(values)));
    expect(intake.patient).toEqual({ ageYears: 42, mobility: 'walks_with_aid' });
    expect(intake).not.toHaveProperty('notes');
    expect(unansweredLists(values).map((question) => question.path)).toEqual(['goals']);
  });

  it('reports unanswered questions as missing, so the schema names each one', () => {
    const result = intakeSchema.safeParse(toIntake(emptyValues()));
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'patient.ageYears',
        'patient.mobility',
        'diagnosis.condition',
        'oralBaclofen.tried',
        'considerations.needsMri',
      ]),
    );
  });

  it('accepts only drafts with an answer of the right kind for every question', () => {
    expect(isFormValues({ values: {}, step: 'bogus' })).toBe(false);
    const draft = emptyValues() as unknown as Record<string, Record<string, unknown>>;
    draft.spasticity!.impacts = 'pain';
    expect(isFormValues(draft)).toBe(false);
  });
});
