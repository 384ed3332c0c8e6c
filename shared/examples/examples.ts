import type { Intake } from '../api/intake';

// Fictional worked examples, one per typical referral. Each page is made by the
// same POST /api/summary call as a real form.

export type Example = { id: string; title: string; description: string; intake: Intake };

const noConcerns: Intake['considerations'] = {
  activeInfection: 'no',
  baclofenAllergy: 'no',
  canAttendRefills: 'yes',
  seizures: 'none',
  spinalSurgeryOrFusion: 'no',
  bleedingRisk: 'no',
  shunt: 'no',
  reliesOnTone: 'no',
  withdrawalRisk: 'no',
  mentalHealth: 'no',
  pregnancy: 'not_applicable',
};

export const examples: readonly Example[] = [
  {
    id: 'ms-drowsiness',
    title: 'Adult with multiple sclerosis, oral baclofen limited by drowsiness',
    description: 'Aged 42; severe spasticity in both legs; 60 mg a day helped partly but caused drowsiness and weakness.',
    intake: {
      patient: { ageYears: 42, weightKg: 68 },
      diagnosis: { condition: 'multiple_sclerosis', monthsSinceOnset: 96 },
      spasticity: { distribution: 'both_legs', modifiedAshworth: '3', pennSpasmFrequency: 3, impacts: ['spasms', 'sleep', 'transfers'] },
      oralBaclofen: { tried: 'yes', highestDailyDoseMg: 60, response: 'partial', sideEffects: ['drowsiness', 'weakness'], sideEffectsLimitedDose: 'yes' },
      otherTreatments: ['physiotherapy', 'tizanidine'],
      goals: ['fewer_spasms', 'better_sleep', 'transfers'],
      considerations: { ...noConcerns, reliesOnTone: 'unsure', pregnancy: 'no' },
      notes: 'Uses a walker indoors. Her husband helps with transfers at night.',
    },
  },
  {
    id: 'child-cerebral-palsy',
    title: 'Child with cerebral palsy and generalised spasticity',
    description: 'Aged 9; MAS 4; pain, sitting and care are hard despite physiotherapy, casting and botulinum toxin.',
    intake: {
      patient: { ageYears: 9, weightKg: 24 },
      diagnosis: { condition: 'cerebral_palsy', monthsSinceOnset: 108 },
      spasticity: { distribution: 'generalized', modifiedAshworth: '4', pennSpasmFrequency: 2, impacts: ['pain', 'sitting_positioning', 'hygiene_care', 'caregiver_burden'] },
      oralBaclofen: { tried: 'yes', highestDailyDoseMg: 30, response: 'partial', sideEffects: ['drowsiness'], sideEffectsLimitedDose: 'yes' },
      otherTreatments: ['physiotherapy', 'botulinum_toxin', 'orthoses_casting'],
      goals: ['less_pain', 'better_sitting', 'easier_care'],
      considerations: { ...noConcerns, seizures: 'controlled' },
    },
  },
  {
    id: 'spinal-cord-injury-t4',
    title: 'Spinal cord injury at T4 with a high withdrawal risk',
    description: 'Aged 34; frequent spasms despite 80 mg a day; autonomic dysreflexia in the past.',
    intake: {
      patient: { ageYears: 34, weightKg: 80 },
      diagnosis: { condition: 'spinal_cord_injury', monthsSinceOnset: 30 },
      spasticity: { distribution: 'both_legs', modifiedAshworth: '3', pennSpasmFrequency: 4, impacts: ['spasms', 'sleep', 'transfers', 'self_care'] },
      oralBaclofen: { tried: 'yes', highestDailyDoseMg: 80, response: 'none', sideEffects: ['fatigue'], sideEffectsLimitedDose: 'no' },
      otherTreatments: ['physiotherapy', 'tizanidine', 'gabapentinoid'],
      goals: ['fewer_spasms', 'better_sleep', 'independence'],
      considerations: { ...noConcerns, withdrawalRisk: 'yes', spinalSurgeryOrFusion: 'yes', pregnancy: 'no' },
      notes: 'T4 complete injury with spinal fixation. Two episodes of autonomic dysreflexia last year.',
    },
  },
  {
    id: 'brain-injury-8-months',
    title: 'Eight months after a traumatic brain injury',
    description: 'Aged 27; severe spasticity on one side; oral baclofen not tried yet.',
    intake: {
      patient: { ageYears: 27 },
      diagnosis: { condition: 'brain_injury', monthsSinceOnset: 8 },
      spasticity: { distribution: 'one_side', modifiedAshworth: '3', pennSpasmFrequency: null, impacts: ['walking', 'self_care'] },
      oralBaclofen: { tried: 'no' },
      otherTreatments: ['physiotherapy', 'orthoses_casting'],
      goals: ['walking', 'independence'],
      considerations: { ...noConcerns, reliesOnTone: 'yes', mentalHealth: 'unsure', pregnancy: 'no' },
    },
  },
  {
    id: 'stroke-focal',
    title: 'Focal spasticity after a stroke',
    description: 'Aged 64, 14 months after a stroke; tight wrist and fingers, MAS 2; on a blood thinner.',
    intake: {
      patient: { ageYears: 64 },
      diagnosis: { condition: 'stroke', monthsSinceOnset: 14 },
      spasticity: { distribution: 'focal', modifiedAshworth: '2', pennSpasmFrequency: 1, impacts: ['self_care', 'pain'] },
      oralBaclofen: { tried: 'yes', highestDailyDoseMg: 30, response: 'partial', sideEffects: [], sideEffectsLimitedDose: 'no' },
      otherTreatments: ['physiotherapy', 'botulinum_toxin'],
      goals: ['less_pain', 'independence'],
      considerations: { ...noConcerns, bleedingRisk: 'yes' },
    },
  },
  {
    id: 'much-missing',
    title: 'A referral with much information missing',
    description: 'Aged 51 with hereditary spastic paraplegia; severity not scored; oral history and several facts not known.',
    intake: {
      patient: { ageYears: 51 },
      diagnosis: { condition: 'other', otherDescription: 'Hereditary spastic paraplegia', monthsSinceOnset: null },
      spasticity: { distribution: 'unsure', modifiedAshworth: 'not_assessed', pennSpasmFrequency: null, impacts: ['walking'] },
      oralBaclofen: { tried: 'unsure' },
      otherTreatments: [],
      goals: [],
      considerations: {
        ...noConcerns,
        activeInfection: 'unsure',
        canAttendRefills: 'unsure',
        seizures: 'unsure',
        bleedingRisk: 'unsure',
      },
    },
  },
  {
    id: 'young-child',
    title: 'Three-year-old with cerebral palsy',
    description: 'Aged 3, 13 kg; generalised spasticity with frequent spasms; a shunt in place.',
    intake: {
      patient: { ageYears: 3, weightKg: 13 },
      diagnosis: { condition: 'cerebral_palsy', monthsSinceOnset: 36 },
      spasticity: { distribution: 'generalized', modifiedAshworth: '3', pennSpasmFrequency: 3, impacts: ['sleep', 'sitting_positioning', 'caregiver_burden'] },
      oralBaclofen: { tried: 'yes', highestDailyDoseMg: 15, response: 'none', sideEffects: [], sideEffectsLimitedDose: 'no' },
      otherTreatments: ['physiotherapy', 'orthoses_casting'],
      goals: ['better_sleep', 'better_sitting', 'easier_care'],
      considerations: { ...noConcerns, shunt: 'yes', seizures: 'controlled' },
    },
  },
];

export const exampleById = (id: string) => examples.find((example) => example.id === id);
