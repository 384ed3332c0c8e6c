import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Intake } from '../api/intake';
import { intakeSchema } from '../api/intake';
import { arbitraryIntake } from '../fixtures/arbitrary-intake';
import { intakeWith } from '../fixtures/intakes';
import { oracle } from '../fixtures/rules-oracle';
import { evaluate } from './evaluate';
import { rules } from './rule-set';

// For every rule of the catalogue (docs/clinical/RULES.md): an intake that fires
// it and a near miss that does not, at each boundary the catalogue names; then
// the whole rule set against a hand-written reading of it on random intakes.

type Change = (intake: Intake) => void;
type OralTried = Extract<Intake['oralBaclofen'], { tried: 'yes' }>;
type Condition = Intake['diagnosis']['condition'];

const oral = (intake: Intake) => intake.oralBaclofen as OralTried;
const answer =
  (key: keyof Intake['considerations'], value: string): Change =>
  (i) => {
    (i.considerations as Record<string, string>)[key] = value;
  };
/** A diagnosis with its follow-up questions answered as the schema asks. */
const diagnosis =
  (condition: Condition, extra: Partial<Intake['diagnosis']> = {}): Change =>
  (i) => {
    i.diagnosis = {
      condition,
      monthsSinceOnset: 40,
      ...(condition === 'other' ? { otherDescription: 'Hereditary spastic paraplegia' } : {}),
      ...(condition === 'cerebral_palsy' ? { gmfcs: 'IV' as const } : {}),
      ...(condition === 'spinal_cord_injury' ? { injuryLevel: 'below_t6' as const } : {}),
      ...extra,
    };
    if (condition === 'spinal_cord_injury' || condition === 'multiple_sclerosis')
      i.considerations.autonomicDysreflexia = 'no';
    else delete i.considerations.autonomicDysreflexia;
  };
const age =
  (years: number): Change =>
  (i) =>
    (i.patient.ageYears = years);
const both =
  (...changes: Change[]): Change =>
  (i) =>
    changes.forEach((change) => change(i));
const scores =
  (modifiedAshworth: Intake['spasticity']['modifiedAshworth'], penn: number | null): Change =>
  (i) => {
    i.spasticity.modifiedAshworth = modifiedAshworth;
    i.spasticity.pennSpasmFrequency = penn;
  };
const dose =
  (
    mg: number | null,
    limited: OralTried['sideEffectsLimitedDose'] = 'no',
    response: OralTried['response'] = 'partial',
  ): Change =>
  (i) => {
    Object.assign(oral(i), { highestDailyDoseMg: mg, sideEffectsLimitedDose: limited, response });
  };
const treatments =
  (...list: Intake['otherTreatments']): Change =>
  (i) =>
    (i.otherTreatments = list);
const noUnsure: Change = (i) => (i.considerations.reliesOnTone = 'no');

const cases: [ruleId: string, fires: Change, nearMiss: Change][] = [
  ['listed-condition', diagnosis('stroke'), diagnosis('other')],
  ['listed-condition', diagnosis('brain_injury'), diagnosis('other')],
  ['severe-spasticity', scores('3', 2), scores('2', 2)],
  ['severe-spasticity', scores('not_assessed', 3), scores('not_assessed', 2)],
  ['severe-spasticity', scores('4', null), scores('1+', null)],
  ['oral-not-enough', dose(60, 'no', 'none'), dose(60, 'no', 'good')],
  ['oral-not-enough', dose(40, 'no'), dose(39, 'no')],
  ['oral-not-enough', both(age(17), dose(30, 'no')), both(age(18), dose(30, 'no'))],
  ['oral-not-enough', dose(30, 'yes'), dose(30, 'unsure')],
  ['oral-not-enough', dose(null, 'no'), (i) => (i.oralBaclofen = { tried: 'no' })],
  ['oral-side-effects', (i) => (oral(i).sideEffects = []), dose(60, 'unsure')],
  ['oral-side-effects', () => {}, dose(60, 'no')],
  ['daily-impact', () => {}, (i) => (i.spasticity.impacts = [])],
  [
    'widespread-pattern',
    (i) => (i.spasticity.distribution = 'generalized'),
    (i) => (i.spasticity.distribution = 'one_side'),
  ],
  [
    'widespread-pattern',
    both((i) => (i.spasticity.distribution = 'both_legs'), age(18)),
    both((i) => (i.spasticity.distribution = 'both_legs'), age(17)),
  ],
  [
    'one-side-pattern',
    both((i) => (i.spasticity.distribution = 'one_side'), age(18)),
    both((i) => (i.spasticity.distribution = 'one_side'), age(17)),
  ],
  ['one-side-pattern', (i) => (i.spasticity.distribution = 'one_side'), (i) => (i.spasticity.distribution = 'focal')],
  [
    'gmfcs-typical',
    both(diagnosis('cerebral_palsy', { gmfcs: 'III' }), age(18)),
    both(diagnosis('cerebral_palsy', { gmfcs: 'III' }), age(19)),
  ],
  [
    'gmfcs-typical',
    both(diagnosis('cerebral_palsy', { gmfcs: 'V' }), age(3)),
    both(diagnosis('cerebral_palsy', { gmfcs: 'II' }), age(3)),
  ],
  [
    'gmfcs-typical',
    both(diagnosis('cerebral_palsy', { gmfcs: 'IV' }), age(10)),
    both(diagnosis('cerebral_palsy', { gmfcs: 'not_known' }), age(10)),
  ],
  ['active-infection', answer('activeInfection', 'yes'), answer('activeInfection', 'unsure')],
  ['baclofen-allergy', answer('baclofenAllergy', 'yes'), answer('baclofenAllergy', 'no')],
  [
    'current-pump',
    treatments('physiotherapy', 'itb_pump_current'),
    treatments('physiotherapy', 'itb_pump_past', 'itb_test_dose'),
  ],
  ['refills-not-possible', answer('canAttendRefills', 'no'), answer('canAttendRefills', 'unsure')],
  ['pump-care-support', answer('pumpCareSupport', 'no'), answer('pumpCareSupport', 'unsure')],
  [
    'brain-injury-timing',
    diagnosis('brain_injury', { monthsSinceOnset: 11 }),
    diagnosis('brain_injury', { monthsSinceOnset: 12 }),
  ],
  [
    'brain-injury-timing',
    diagnosis('brain_injury', { monthsSinceOnset: 0 }),
    diagnosis('brain_injury', { monthsSinceOnset: null }),
  ],
  [
    'brain-injury-timing',
    diagnosis('brain_injury', { monthsSinceOnset: 8 }),
    diagnosis('stroke', { monthsSinceOnset: 8 }),
  ],
  ['seizures-uncontrolled', answer('seizures', 'uncontrolled'), answer('seizures', 'controlled')],
  ['mental-health', answer('mentalHealth', 'yes'), answer('mentalHealth', 'unsure')],
  ['withdrawal-risk', answer('communicationDifficulty', 'yes'), answer('communicationDifficulty', 'unsure')],
  ['withdrawal-risk', answer('pastWithdrawal', 'yes'), answer('pastWithdrawal', 'unsure')],
  [
    'withdrawal-risk',
    diagnosis('spinal_cord_injury', { injuryLevel: 't1_t6' }),
    diagnosis('spinal_cord_injury', { injuryLevel: 'below_t6' }),
  ],
  [
    'withdrawal-risk',
    diagnosis('spinal_cord_injury', { injuryLevel: 'cervical' }),
    diagnosis('spinal_cord_injury', { injuryLevel: 'unsure' }),
  ],
  [
    'withdrawal-risk',
    diagnosis('spinal_cord_injury', { injuryLevel: 'cervical' }),
    answer('autonomicDysreflexia', 'yes'),
  ],
  ['autonomic-dysreflexia', answer('autonomicDysreflexia', 'yes'), answer('autonomicDysreflexia', 'unsure')],
  ['breathing-problems', answer('breathingProblems', 'yes'), answer('breathingProblems', 'no')],
  ['organ-disease', answer('kidneyLiverGutDisease', 'yes'), answer('kidneyLiverGutDisease', 'unsure')],
  ['nutrition-body-size', answer('lowWeightOrMalnutrition', 'yes'), answer('lowWeightOrMalnutrition', 'no')],
  ['spinal-surgery-previous', answer('spinalSurgery', 'previous'), answer('spinalSurgery', 'planned')],
  ['spinal-fusion-planned', answer('spinalSurgery', 'planned'), answer('spinalSurgery', 'previous')],
  ['bleeding-risk', answer('bleedingRisk', 'yes'), answer('bleedingRisk', 'unsure')],
  ['stroke-timing', diagnosis('stroke', { monthsSinceOnset: 5 }), diagnosis('stroke', { monthsSinceOnset: 6 })],
  ['stroke-timing', diagnosis('stroke', { monthsSinceOnset: 0 }), diagnosis('stroke', { monthsSinceOnset: null })],
  ['stroke-timing', diagnosis('stroke', { monthsSinceOnset: 5 }), diagnosis('brain_injury', { monthsSinceOnset: 5 })],
  ['focal-pattern', (i) => (i.spasticity.distribution = 'focal'), (i) => (i.spasticity.distribution = 'unsure')],
  [
    'one-side-child',
    both((i) => (i.spasticity.distribution = 'one_side'), age(17)),
    both((i) => (i.spasticity.distribution = 'one_side'), age(18)),
  ],
  [
    'widespread-child',
    both((i) => (i.spasticity.distribution = 'generalized'), age(17)),
    both((i) => (i.spasticity.distribution = 'generalized'), age(18)),
  ],
  [
    'widespread-child',
    both((i) => (i.spasticity.distribution = 'both_legs'), age(10)),
    both((i) => (i.spasticity.distribution = 'focal'), age(10)),
  ],
  [
    'gmfcs-low',
    both(diagnosis('cerebral_palsy', { gmfcs: 'II' }), age(18)),
    both(diagnosis('cerebral_palsy', { gmfcs: 'II' }), age(19)),
  ],
  [
    'gmfcs-low',
    both(diagnosis('cerebral_palsy', { gmfcs: 'I' }), age(5)),
    both(diagnosis('cerebral_palsy', { gmfcs: 'III' }), age(5)),
  ],
  ['below-severe-range', scores('2', 2), scores('2', 3)],
  ['below-severe-range', scores('2', null), scores('3', null)],
  ['below-severe-range', scores('not_assessed', 0), scores('not_assessed', null)],
  ['below-severe-range', scores('0', null), scores('4', 0)],
  ['oral-not-tried', (i) => (i.oralBaclofen = { tried: 'no' }), (i) => (i.oralBaclofen = { tried: 'unsure' })],
  ['oral-working', dose(60, 'no', 'good'), dose(60, 'yes', 'good')],
  ['oral-working', dose(60, 'unsure', 'good'), dose(60, 'no', 'partial')],
  ['oral-dose-below-usual', dose(39.5), dose(40)],
  ['oral-dose-below-usual', both(dose(30), age(18)), both(dose(30), age(17))],
  ['oral-dose-below-usual', dose(30, 'unsure'), dose(30, 'yes')],
  ['oral-dose-below-usual', dose(30, 'no', 'none'), dose(null)],
  ['oral-dose-below-usual', dose(1), dose(30, 'no', 'good')],
  ['relies-on-tone', answer('reliesOnTone', 'yes'), answer('reliesOnTone', 'unsure')],
  ['walks', (i) => (i.patient.mobility = 'walks_unaided'), (i) => (i.patient.mobility = 'wheelchair')],
  ['walks', (i) => (i.patient.mobility = 'walks_with_aid'), (i) => (i.patient.mobility = 'not_yet_walking')],
  ['seizures-controlled', answer('seizures', 'controlled'), answer('seizures', 'none')],
  ['pregnancy', answer('pregnancy', 'yes'), answer('pregnancy', 'not_applicable')],
  ['young-child', both(age(3), diagnosis('cerebral_palsy')), both(age(4), diagnosis('cerebral_palsy'))],
  ['dystonia', (i) => (i.spasticity.dystonia = 'yes'), (i) => (i.spasticity.dystonia = 'unsure')],
  ['mri-needed', answer('needsMri', 'yes'), answer('needsMri', 'unsure')],
  ['other-condition', diagnosis('other'), diagnosis('stroke')],
  ['severity-not-recorded', scores('not_assessed', null), scores('not_assessed', 0)],
  ['severity-not-recorded', scores('not_assessed', null), scores('0', null)],
  ['oral-history-unclear', (i) => (i.oralBaclofen = { tried: 'unsure' }), (i) => (i.oralBaclofen = { tried: 'no' })],
  ['oral-history-unclear', dose(60, 'no', 'unsure'), dose(60, 'no', 'none')],
  ['oral-history-unclear', dose(null, 'no'), dose(1, 'no')],
  ['oral-history-unclear', dose(60, 'unsure'), dose(60, 'yes')],
  ['onset-unknown', diagnosis('stroke', { monthsSinceOnset: null }), diagnosis('stroke', { monthsSinceOnset: 0 })],
  [
    'onset-unknown',
    diagnosis('brain_injury', { monthsSinceOnset: null }),
    diagnosis('spinal_cord_injury', { monthsSinceOnset: null }),
  ],
  ['goals-not-recorded', (i) => (i.goals = []), () => {}],
  ['gmfcs-not-known', diagnosis('cerebral_palsy', { gmfcs: 'not_known' }), diagnosis('cerebral_palsy', { gmfcs: 'I' })],
  ['unsure-answers', answer('shunt', 'unsure'), noUnsure],
  [
    'unsure-answers',
    both(noUnsure, answer('spinalSurgery', 'unsure')),
    both(noUnsure, answer('spinalSurgery', 'none')),
  ],
  [
    'unsure-answers',
    both(noUnsure, answer('pregnancy', 'unsure')),
    both(noUnsure, answer('pregnancy', 'not_applicable')),
  ],
  ['unsure-answers', both(noUnsure, (i) => (i.spasticity.distribution = 'unsure')), noUnsure],
  ['unsure-answers', both(noUnsure, (i) => (i.spasticity.dystonia = 'unsure')), noUnsure],
  [
    'unsure-answers',
    both(noUnsure, diagnosis('spinal_cord_injury', { injuryLevel: 'unsure' })),
    both(noUnsure, diagnosis('spinal_cord_injury', { injuryLevel: 'cervical' })),
  ],
  ['unsure-answers', both(noUnsure, answer('autonomicDysreflexia', 'unsure')), noUnsure],
  ['previous-itb', treatments('itb_test_dose'), treatments('itb_pump_current')],
  ['previous-itb', treatments('itb_pump_past'), treatments()],
  ['child-guidance', both(age(18), diagnosis('cerebral_palsy')), both(age(19), diagnosis('cerebral_palsy'))],
  ['child-guidance', both(age(10), diagnosis('brain_injury')), both(age(10), diagnosis('multiple_sclerosis'))],
  ['child-guidance', both(age(15), diagnosis('stroke')), both(age(15), diagnosis('spinal_cord_injury'))],
  ['shunt', answer('shunt', 'yes'), answer('shunt', 'unsure')],
];

const fired = (intake: Intake) =>
  evaluate(rules, intake)
    .filter((outcome) => outcome.matched)
    .map((outcome) => outcome.rule.id);

describe('the rule set against its catalogue (docs/clinical/RULES.md)', () => {
  it('has the rules of the catalogue, in catalogue order', () => {
    expect(rules.map((rule) => rule.id)).toEqual(Object.keys(oracle));
  });

  it('has a case that fires and a near miss for every rule', () => {
    expect(new Set(cases.map(([id]) => id))).toEqual(new Set(rules.map((rule) => rule.id)));
  });

  it.each(cases)('%s: fires, and the near miss does not', (ruleId, fires, nearMiss) => {
    const firing = intakeWith(fires);
    const missing = intakeWith(nearMiss);
    expect(intakeSchema.safeParse(firing).error?.issues ?? []).toEqual([]);
    expect(intakeSchema.safeParse(missing).error?.issues ?? []).toEqual([]);
    expect(fired(firing)).toContain(ruleId);
    expect(fired(missing)).not.toContain(ruleId);
  });

  it('fires exactly the rules the catalogue describes, on 3,000 random valid intakes', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        const expected = Object.entries(oracle)
          .filter(([, fires]) => fires(intake))
          .map(([id]) => id);
        expect(fired(intake)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('because: the answers that made a rule fire', () => {
  const because = (intake: Intake, ruleId: string) =>
    evaluate(rules, intake)
      .find((outcome) => outcome.rule.id === ruleId)!
      .because.map((entry) => entry.path);

  it('withdrawal-risk names the risk factor that applies, and only it', () => {
    expect(
      because(intakeWith(diagnosis('spinal_cord_injury', { injuryLevel: 'cervical' })), 'withdrawal-risk'),
    ).toEqual(['diagnosis.condition', 'diagnosis.injuryLevel']);
    expect(because(intakeWith(answer('pastWithdrawal', 'yes')), 'withdrawal-risk')).toEqual([
      'considerations.pastWithdrawal',
    ]);
  });

  it('oral-not-enough names the answer that keeps oral-dose-below-usual from firing', () => {
    expect(because(intakeWith(dose(60, 'no')), 'oral-not-enough')).toEqual([
      'oralBaclofen.tried',
      'oralBaclofen.response',
      'oralBaclofen.highestDailyDoseMg',
    ]);
    expect(because(intakeWith(both(dose(30, 'no'), age(17))), 'oral-not-enough')).toContain('patient.ageYears');
  });

  it('unsure-answers names every unsure answer', () => {
    const intake = intakeWith(
      both(answer('shunt', 'unsure'), answer('pregnancy', 'unsure'), (i) => (i.spasticity.dystonia = 'unsure')),
    );
    expect(because(intake, 'unsure-answers').sort()).toEqual(
      ['considerations.pregnancy', 'considerations.reliesOnTone', 'considerations.shunt', 'spasticity.dystonia'].sort(),
    );
  });

  it('below-severe-range shows both scores it read', () => {
    expect(because(intakeWith(scores('2', null)), 'below-severe-range')).toEqual([
      'spasticity.modifiedAshworth',
      'spasticity.pennSpasmFrequency',
    ]);
  });
});
