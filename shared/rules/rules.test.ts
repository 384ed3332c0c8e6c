import { describe, expect, it } from 'vitest';
import type { Intake } from '../api/intake';
import { intakeSchema } from '../api/intake';
import { intakeWith } from '../fixtures/intakes';
import { evaluate } from './evaluate';
import { rules } from './rule-set';

// For every rule of the catalogue: a worked example that fires it and a near
// miss that does not, at the boundaries the catalogue names.

type Change = (intake: Intake) => void;
type OralTried = Extract<Intake['oralBaclofen'], { tried: 'yes' }>;
const oral = (intake: Intake) => intake.oralBaclofen as OralTried;
const consideration = (key: keyof Intake['considerations'], value: string): Change => (i) => {
  (i.considerations as Record<string, string>)[key] = value;
};
const lowSeverity: Change = (i) => {
  i.spasticity.modifiedAshworth = '2';
  i.spasticity.pennSpasmFrequency = 2;
};

const cases: [ruleId: string, fires: Change, nearMiss: Change][] = [
  ['listed-condition', (i) => (i.diagnosis.condition = 'stroke'), (i) => {
    i.diagnosis = { condition: 'other', otherDescription: 'Hereditary spastic paraplegia', monthsSinceOnset: 40 };
  }],
  ['severe-spasticity', (i) => { lowSeverity(i); i.spasticity.modifiedAshworth = '3'; }, lowSeverity],
  ['severe-spasticity', (i) => { lowSeverity(i); i.spasticity.modifiedAshworth = 'not_assessed'; i.spasticity.pennSpasmFrequency = 3; }, (i) => { lowSeverity(i); i.spasticity.modifiedAshworth = 'not_assessed'; }],
  ['severe-spasticity', (i) => { lowSeverity(i); i.spasticity.pennSpasmFrequency = null; i.spasticity.modifiedAshworth = '4'; }, (i) => { lowSeverity(i); i.spasticity.pennSpasmFrequency = null; }],
  ['oral-not-enough', (i) => (oral(i).response = 'none'), (i) => (oral(i).response = 'good')],
  ['oral-not-enough', (i) => (oral(i).response = 'partial'), (i) => (i.oralBaclofen = { tried: 'no' })],
  ['oral-side-effects', () => {}, (i) => (oral(i).sideEffectsLimitedDose = 'unsure')],
  ['oral-side-effects', () => {}, (i) => (oral(i).sideEffects = [])],
  ['daily-impact', () => {}, (i) => (i.spasticity.impacts = [])],
  ['widespread-pattern', (i) => (i.spasticity.distribution = 'generalized'), (i) => (i.spasticity.distribution = 'one_side')],
  ['active-infection', consideration('activeInfection', 'yes'), consideration('activeInfection', 'unsure')],
  ['baclofen-allergy', consideration('baclofenAllergy', 'yes'), consideration('baclofenAllergy', 'no')],
  ['refills-not-possible', consideration('canAttendRefills', 'no'), consideration('canAttendRefills', 'unsure')],
  ['brain-injury-timing', (i) => (i.diagnosis = { condition: 'brain_injury', monthsSinceOnset: 11 }), (i) => (i.diagnosis = { condition: 'brain_injury', monthsSinceOnset: 12 })],
  ['brain-injury-timing', (i) => (i.diagnosis = { condition: 'brain_injury', monthsSinceOnset: 0 }), (i) => (i.diagnosis = { condition: 'brain_injury', monthsSinceOnset: null })],
  ['brain-injury-timing', (i) => (i.diagnosis = { condition: 'brain_injury', monthsSinceOnset: 8 }), (i) => (i.diagnosis = { condition: 'stroke', monthsSinceOnset: 8 })],
  ['seizures-uncontrolled', consideration('seizures', 'uncontrolled'), consideration('seizures', 'controlled')],
  ['mental-health', consideration('mentalHealth', 'yes'), consideration('mentalHealth', 'unsure')],
  ['withdrawal-risk', consideration('withdrawalRisk', 'yes'), consideration('withdrawalRisk', 'no')],
  ['stroke-timing', (i) => (i.diagnosis = { condition: 'stroke', monthsSinceOnset: 5 }), (i) => (i.diagnosis = { condition: 'stroke', monthsSinceOnset: 6 })],
  ['stroke-timing', (i) => (i.diagnosis = { condition: 'stroke', monthsSinceOnset: 5 }), (i) => (i.diagnosis = { condition: 'stroke', monthsSinceOnset: null })],
  ['focal-pattern', (i) => (i.spasticity.distribution = 'focal'), (i) => (i.spasticity.distribution = 'one_side')],
  ['below-severe-range', lowSeverity, (i) => { lowSeverity(i); i.spasticity.pennSpasmFrequency = 3; }],
  ['below-severe-range', (i) => { lowSeverity(i); i.spasticity.pennSpasmFrequency = null; }, (i) => { lowSeverity(i); i.spasticity.modifiedAshworth = '3'; }],
  ['below-severe-range', (i) => { lowSeverity(i); i.spasticity.modifiedAshworth = 'not_assessed'; }, (i) => { i.spasticity.modifiedAshworth = 'not_assessed'; i.spasticity.pennSpasmFrequency = null; }],
  ['oral-not-tried', (i) => (i.oralBaclofen = { tried: 'no' }), (i) => (i.oralBaclofen = { tried: 'unsure' })],
  ['oral-working', (i) => { oral(i).response = 'good'; oral(i).sideEffectsLimitedDose = 'no'; }, (i) => (oral(i).response = 'good')],
  ['oral-working', (i) => { oral(i).response = 'good'; oral(i).sideEffectsLimitedDose = 'unsure'; }, (i) => { oral(i).response = 'partial'; oral(i).sideEffectsLimitedDose = 'no'; }],
  ['oral-dose-below-usual', (i) => { oral(i).highestDailyDoseMg = 39.5; oral(i).sideEffectsLimitedDose = 'no'; }, (i) => { oral(i).highestDailyDoseMg = 40; oral(i).sideEffectsLimitedDose = 'no'; }],
  ['oral-dose-below-usual', (i) => { oral(i).highestDailyDoseMg = 30; oral(i).sideEffectsLimitedDose = 'no'; i.patient.ageYears = 18; }, (i) => { oral(i).highestDailyDoseMg = 30; oral(i).sideEffectsLimitedDose = 'no'; i.patient.ageYears = 17; }],
  ['oral-dose-below-usual', (i) => { oral(i).highestDailyDoseMg = 30; oral(i).sideEffectsLimitedDose = 'unsure'; }, (i) => { oral(i).highestDailyDoseMg = 30; }],
  ['oral-dose-below-usual', (i) => { oral(i).highestDailyDoseMg = 30; oral(i).sideEffectsLimitedDose = 'no'; }, (i) => { oral(i).highestDailyDoseMg = null; oral(i).sideEffectsLimitedDose = 'no'; }],
  ['oral-dose-below-usual', (i) => { oral(i).highestDailyDoseMg = 30; oral(i).sideEffectsLimitedDose = 'no'; }, (i) => { oral(i).highestDailyDoseMg = 30; oral(i).sideEffectsLimitedDose = 'no'; oral(i).response = 'good'; }],
  ['relies-on-tone', consideration('reliesOnTone', 'yes'), consideration('reliesOnTone', 'unsure')],
  ['seizures-controlled', consideration('seizures', 'controlled'), consideration('seizures', 'none')],
  ['spinal-surgery', consideration('spinalSurgeryOrFusion', 'yes'), consideration('spinalSurgeryOrFusion', 'no')],
  ['bleeding-risk', consideration('bleedingRisk', 'yes'), consideration('bleedingRisk', 'no')],
  ['pregnancy', consideration('pregnancy', 'yes'), consideration('pregnancy', 'not_applicable')],
  ['young-child', (i) => (i.patient.ageYears = 3), (i) => (i.patient.ageYears = 4)],
  ['other-condition', (i) => (i.diagnosis = { condition: 'other', otherDescription: 'HSP', monthsSinceOnset: null }), () => {}],
  ['severity-not-recorded', (i) => { i.spasticity.modifiedAshworth = 'not_assessed'; i.spasticity.pennSpasmFrequency = null; }, (i) => { i.spasticity.modifiedAshworth = 'not_assessed'; i.spasticity.pennSpasmFrequency = 0; }],
  ['severity-not-recorded', (i) => { i.spasticity.modifiedAshworth = 'not_assessed'; i.spasticity.pennSpasmFrequency = null; }, (i) => { i.spasticity.modifiedAshworth = '0'; i.spasticity.pennSpasmFrequency = null; }],
  ['oral-history-unclear', (i) => (i.oralBaclofen = { tried: 'unsure' }), (i) => (i.oralBaclofen = { tried: 'no' })],
  ['oral-history-unclear', (i) => (oral(i).response = 'unsure'), () => {}],
  ['oral-history-unclear', (i) => (oral(i).highestDailyDoseMg = null), (i) => (oral(i).highestDailyDoseMg = 1)],
  ['oral-history-unclear', (i) => (oral(i).sideEffectsLimitedDose = 'unsure'), (i) => (oral(i).sideEffectsLimitedDose = 'no')],
  ['onset-unknown', (i) => (i.diagnosis = { condition: 'stroke', monthsSinceOnset: null }), (i) => (i.diagnosis = { condition: 'stroke', monthsSinceOnset: 0 })],
  ['onset-unknown', (i) => (i.diagnosis = { condition: 'brain_injury', monthsSinceOnset: null }), (i) => (i.diagnosis = { condition: 'spinal_cord_injury', monthsSinceOnset: null })],
  ['goals-not-recorded', (i) => (i.goals = []), () => {}],
  ['unsure-answers', consideration('shunt', 'unsure'), consideration('reliesOnTone', 'no')],
  ['unsure-answers', (i) => { i.considerations.reliesOnTone = 'no'; i.spasticity.distribution = 'unsure'; }, consideration('reliesOnTone', 'no')],
  ['unsure-answers', consideration('pregnancy', 'unsure'), (i) => { i.considerations.reliesOnTone = 'no'; i.considerations.pregnancy = 'not_applicable'; }],
  ['child-guidance', (i) => (i.patient.ageYears = 18), (i) => (i.patient.ageYears = 19)],
  ['shunt', consideration('shunt', 'yes'), consideration('shunt', 'unsure')],
];

const firedIds = (intake: Intake) => {
  expect(intakeSchema.safeParse(intake).success).toBe(true);
  return evaluate(rules, intake).filter((o) => o.matched).map((o) => o.rule.id);
};

describe('each rule: a worked example and a near miss', () => {
  it.each(cases)('%s', (ruleId, fires, nearMiss) => {
    expect(firedIds(intakeWith(fires))).toContain(ruleId);
    expect(firedIds(intakeWith(nearMiss))).not.toContain(ruleId);
  });

  it('covers all 33 rules of the catalogue', () => {
    expect(rules).toHaveLength(33);
    expect(new Set(cases.map(([id]) => id))).toEqual(new Set(rules.map((rule) => rule.id)));
  });
});

describe('because', () => {
  const outcome = (intake: Intake, id: string) => evaluate(rules, intake).find((o) => o.rule.id === id)!;

  it('names every unsure answer, not only the first', () => {
    const intake = intakeWith((i) => {
      i.considerations.activeInfection = 'unsure';
      i.considerations.pregnancy = 'unsure';
      i.spasticity.distribution = 'unsure';
    });
    expect(outcome(intake, 'unsure-answers').because).toEqual([
      { path: 'considerations.activeInfection', value: 'unsure' },
      { path: 'considerations.reliesOnTone', value: 'unsure' },
      { path: 'considerations.pregnancy', value: 'unsure' },
      { path: 'spasticity.distribution', value: 'unsure' },
    ]);
  });

  it('names the scale that made spasticity severe', () => {
    const intake = intakeWith((i) => {
      i.spasticity.modifiedAshworth = '2';
      i.spasticity.pennSpasmFrequency = 4;
    });
    expect(outcome(intake, 'severe-spasticity').because).toEqual([{ path: 'spasticity.pennSpasmFrequency', value: 4 }]);
  });

  it('shows the answers read by "not severe", once each', () => {
    const intake = intakeWith((i) => {
      i.spasticity.modifiedAshworth = '1+';
      i.spasticity.pennSpasmFrequency = null;
    });
    expect(outcome(intake, 'below-severe-range').because).toEqual([
      { path: 'spasticity.modifiedAshworth', value: '1+' },
      { path: 'spasticity.pennSpasmFrequency', value: null },
    ]);
  });

  it('is empty for a rule that did not fire', () => {
    expect(outcome(intakeWith(() => {}), 'active-infection')).toMatchObject({ matched: false, because: [] });
  });
});
