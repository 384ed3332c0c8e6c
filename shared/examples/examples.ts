import type { Intake } from '../api/intake';
import { unremarkableConsiderations } from './unremarkable';

// Fictional worked examples, one per typical referral. Each page is made by the
// same POST /api/summary call as a real form, and each description says only
// what its summary shows (a test checks the rules each one is there to show).

export type Example = { id: string; title: string; description: string; shows: readonly string[]; intake: Intake };

const noConcerns = unremarkableConsiderations();

export const examples: readonly Example[] = [
  {
    id: 'ms-drowsiness',
    title: 'Adult with multiple sclerosis, oral baclofen limited by drowsiness',
    description:
      'Aged 42, walks with a frame; severe spasticity in both legs; 60 mg a day helped partly, but drowsiness and weakness stopped the dose going higher; expects regular MRI scans.',
    shows: ['oral-side-effects', 'walks', 'mri-needed'],
    intake: {
      patient: { ageYears: 42, weightKg: 68, mobility: 'walks_with_aid' },
      diagnosis: { condition: 'multiple_sclerosis', monthsSinceOnset: 96 },
      spasticity: {
        distribution: 'both_legs',
        modifiedAshworth: '3',
        pennSpasmFrequency: 3,
        dystonia: 'no',
        impacts: ['spasms', 'sleep', 'transfers'],
      },
      oralBaclofen: {
        tried: 'yes',
        highestDailyDoseMg: 60,
        response: 'partial',
        sideEffects: ['drowsiness', 'weakness'],
        sideEffectsLimitedDose: 'yes',
      },
      otherTreatments: ['physiotherapy', 'tizanidine'],
      goals: ['fewer_spasms', 'better_sleep', 'transfers'],
      considerations: {
        ...noConcerns,
        autonomicDysreflexia: 'no',
        reliesOnTone: 'unsure',
        needsMri: 'yes',
        pregnancy: 'no',
      },
      notes: 'Uses a walker indoors. Her husband helps with transfers at night.',
    },
  },
  {
    id: 'child-cerebral-palsy',
    title: 'Child with cerebral palsy, GMFCS IV, generalised spasticity and dystonia',
    description:
      'Aged 9, uses a wheelchair; Modified Ashworth 4 with some dystonia; pain, sitting and care are hard despite physiotherapy, casting and botulinum toxin; seizures controlled.',
    shows: ['gmfcs-typical', 'dystonia', 'seizures-controlled', 'child-guidance'],
    intake: {
      patient: { ageYears: 9, weightKg: 24, mobility: 'wheelchair' },
      diagnosis: { condition: 'cerebral_palsy', monthsSinceOnset: 108, gmfcs: 'IV' },
      spasticity: {
        distribution: 'generalized',
        modifiedAshworth: '4',
        pennSpasmFrequency: 2,
        dystonia: 'yes',
        impacts: ['pain', 'sitting_positioning', 'hygiene_care', 'caregiver_burden'],
      },
      oralBaclofen: {
        tried: 'yes',
        highestDailyDoseMg: 30,
        response: 'partial',
        sideEffects: ['drowsiness'],
        sideEffectsLimitedDose: 'yes',
      },
      otherTreatments: ['physiotherapy', 'botulinum_toxin', 'orthoses_casting'],
      goals: ['less_pain', 'better_sitting', 'easier_care'],
      considerations: { ...noConcerns, seizures: 'controlled' },
    },
  },
  {
    id: 'spinal-cord-injury-t4',
    title: 'Spinal cord injury at T4, with autonomic dysreflexia',
    description:
      'Aged 34, injured at T4 with spinal fixation; frequent spasms despite 80 mg a day; autonomic dysreflexia; an injury level that the label names as a higher risk in withdrawal.',
    shows: ['withdrawal-risk', 'autonomic-dysreflexia', 'spinal-surgery-previous'],
    intake: {
      patient: { ageYears: 34, weightKg: 80, mobility: 'wheelchair' },
      diagnosis: { condition: 'spinal_cord_injury', monthsSinceOnset: 30, injuryLevel: 't1_t6' },
      spasticity: {
        distribution: 'both_legs',
        modifiedAshworth: '3',
        pennSpasmFrequency: 4,
        dystonia: 'no',
        impacts: ['spasms', 'sleep', 'transfers', 'self_care'],
      },
      oralBaclofen: {
        tried: 'yes',
        highestDailyDoseMg: 80,
        response: 'none',
        sideEffects: ['fatigue'],
        sideEffectsLimitedDose: 'no',
      },
      otherTreatments: ['physiotherapy', 'tizanidine', 'gabapentinoid'],
      goals: ['fewer_spasms', 'better_sleep', 'independence'],
      considerations: { ...noConcerns, spinalSurgery: 'previous', autonomicDysreflexia: 'yes', pregnancy: 'no' },
      notes: 'T4 complete injury with spinal fixation. Two episodes of autonomic dysreflexia last year.',
    },
  },
  {
    id: 'cervical-spinal-cord-injury',
    title: 'Cervical spinal cord injury, with night-time breathing support',
    description:
      'Aged 45, injured at C5, uses a wheelchair; spasms more than 10 times an hour; drowsiness and confusion limited oral baclofen; uses breathing support at night.',
    shows: ['withdrawal-risk', 'breathing-problems', 'oral-side-effects'],
    intake: {
      patient: { ageYears: 45, weightKg: 72, mobility: 'wheelchair' },
      diagnosis: { condition: 'spinal_cord_injury', monthsSinceOnset: 60, injuryLevel: 'cervical' },
      spasticity: {
        distribution: 'generalized',
        modifiedAshworth: '4',
        pennSpasmFrequency: 4,
        dystonia: 'no',
        impacts: ['spasms', 'sleep', 'transfers', 'hygiene_care'],
      },
      oralBaclofen: {
        tried: 'yes',
        highestDailyDoseMg: 60,
        response: 'partial',
        sideEffects: ['drowsiness', 'confusion'],
        sideEffectsLimitedDose: 'yes',
      },
      otherTreatments: ['physiotherapy', 'tizanidine'],
      goals: ['fewer_spasms', 'better_sleep', 'easier_care'],
      considerations: { ...noConcerns, autonomicDysreflexia: 'no', breathingProblems: 'yes', pregnancy: 'no' },
      notes: 'Uses a breathing machine at night. Carers visit four times a day.',
    },
  },
  {
    id: 'teen-cerebral-palsy-fusion',
    title: 'Teenager with cerebral palsy, GMFCS IV, spinal fusion planned',
    description:
      'Aged 15, uses a wheelchair; generalised spasticity with dystonia; a spinal fusion for scoliosis is planned; underweight; drowsiness limited oral baclofen.',
    shows: ['gmfcs-typical', 'spinal-fusion-planned', 'nutrition-body-size', 'dystonia', 'child-guidance'],
    intake: {
      patient: { ageYears: 15, weightKg: 34, mobility: 'wheelchair' },
      diagnosis: { condition: 'cerebral_palsy', monthsSinceOnset: 180, gmfcs: 'IV' },
      spasticity: {
        distribution: 'generalized',
        modifiedAshworth: '3',
        pennSpasmFrequency: 2,
        dystonia: 'yes',
        impacts: ['pain', 'sitting_positioning', 'caregiver_burden'],
      },
      oralBaclofen: {
        tried: 'yes',
        highestDailyDoseMg: 40,
        response: 'partial',
        sideEffects: ['drowsiness'],
        sideEffectsLimitedDose: 'yes',
      },
      otherTreatments: ['physiotherapy', 'botulinum_toxin', 'orthopaedic_surgery'],
      goals: ['less_pain', 'better_sitting', 'easier_care'],
      considerations: { ...noConcerns, spinalSurgery: 'planned', lowWeightOrMalnutrition: 'yes', pregnancy: 'no' },
      notes: 'Scoliosis surgery expected within the year.',
    },
  },
  {
    id: 'brain-injury-8-months',
    title: 'Eight months after a traumatic brain injury',
    description:
      'Aged 27; severe spasticity in the arm and leg on one side; walks with a stick and uses the tightness to stand; oral baclofen not tried yet; mental health not known.',
    shows: ['one-side-pattern', 'brain-injury-timing', 'oral-not-tried', 'relies-on-tone', 'walks', 'unsure-answers'],
    intake: {
      patient: { ageYears: 27, mobility: 'walks_with_aid' },
      diagnosis: { condition: 'brain_injury', monthsSinceOnset: 8 },
      spasticity: {
        distribution: 'one_side',
        modifiedAshworth: '3',
        pennSpasmFrequency: null,
        dystonia: 'no',
        impacts: ['walking', 'self_care'],
      },
      oralBaclofen: { tried: 'no' },
      otherTreatments: ['physiotherapy', 'orthoses_casting'],
      goals: ['walking', 'independence'],
      considerations: { ...noConcerns, reliesOnTone: 'yes', mentalHealth: 'unsure', pregnancy: 'no' },
    },
  },
  {
    id: 'stroke-focal',
    title: 'Focal spasticity after a stroke',
    description:
      'Aged 64, 14 months after a stroke, walks unaided; tight wrist and fingers, Modified Ashworth 2; 30 mg a day of oral baclofen; on a blood thinner.',
    shows: ['focal-pattern', 'below-severe-range', 'oral-dose-below-usual', 'bleeding-risk'],
    intake: {
      patient: { ageYears: 64, mobility: 'walks_unaided' },
      diagnosis: { condition: 'stroke', monthsSinceOnset: 14 },
      spasticity: {
        distribution: 'focal',
        modifiedAshworth: '2',
        pennSpasmFrequency: 1,
        dystonia: 'no',
        impacts: ['self_care', 'pain'],
      },
      oralBaclofen: {
        tried: 'yes',
        highestDailyDoseMg: 30,
        response: 'partial',
        sideEffects: [],
        sideEffectsLimitedDose: 'no',
      },
      otherTreatments: ['physiotherapy', 'botulinum_toxin'],
      goals: ['less_pain', 'independence'],
      considerations: { ...noConcerns, bleedingRisk: 'yes' },
    },
  },
  {
    id: 'pump-now',
    title: 'Adult with multiple sclerosis who has a pump now, moving to a new team',
    description:
      'Aged 52, has had a baclofen pump since a test dose 6 years ago; moving to a new area and needs a new pump team for refills; expects regular MRI scans.',
    shows: ['current-pump', 'previous-itb', 'mri-needed'],
    intake: {
      patient: { ageYears: 52, weightKg: 61, mobility: 'wheelchair' },
      diagnosis: { condition: 'multiple_sclerosis', monthsSinceOnset: 240 },
      spasticity: {
        distribution: 'both_legs',
        modifiedAshworth: '3',
        pennSpasmFrequency: 2,
        dystonia: 'no',
        impacts: ['spasms', 'transfers'],
      },
      oralBaclofen: {
        tried: 'yes',
        highestDailyDoseMg: 80,
        response: 'partial',
        sideEffects: ['drowsiness'],
        sideEffectsLimitedDose: 'yes',
      },
      otherTreatments: ['physiotherapy', 'itb_test_dose', 'itb_pump_current'],
      goals: ['fewer_spasms', 'transfers'],
      considerations: { ...noConcerns, autonomicDysreflexia: 'no', needsMri: 'yes', pregnancy: 'no' },
      notes: 'Moving to this area next month. Next refill due in 6 weeks.',
    },
  },
  {
    id: 'child-gmfcs-v-complex',
    title: 'Seven-year-old with cerebral palsy, GMFCS V, who cannot say how she feels',
    description:
      'Aged 7, 15 kg, uses a wheelchair; generalised spasticity and dystonia; cannot tell others about new symptoms; night-time breathing support, low weight, reflux; a spinal fusion for scoliosis is planned.',
    shows: [
      'widespread-child',
      'withdrawal-risk',
      'breathing-problems',
      'nutrition-body-size',
      'organ-disease',
      'spinal-fusion-planned',
    ],
    intake: {
      patient: { ageYears: 7, weightKg: 15, mobility: 'wheelchair' },
      diagnosis: { condition: 'cerebral_palsy', monthsSinceOnset: 84, gmfcs: 'V' },
      spasticity: {
        distribution: 'generalized',
        modifiedAshworth: '4',
        pennSpasmFrequency: 3,
        dystonia: 'yes',
        impacts: ['pain', 'spasms', 'sleep', 'sitting_positioning', 'hygiene_care', 'caregiver_burden'],
      },
      oralBaclofen: {
        tried: 'yes',
        highestDailyDoseMg: 20,
        response: 'partial',
        sideEffects: ['drowsiness'],
        sideEffectsLimitedDose: 'yes',
      },
      otherTreatments: ['physiotherapy', 'botulinum_toxin', 'orthoses_casting'],
      goals: ['less_pain', 'better_sitting', 'easier_care', 'better_sleep'],
      considerations: {
        ...noConcerns,
        communicationDifficulty: 'yes',
        breathingProblems: 'yes',
        lowWeightOrMalnutrition: 'yes',
        kidneyLiverGutDisease: 'yes',
        spinalSurgery: 'planned',
        seizures: 'controlled',
      },
      notes: 'Gastrostomy fed. Uses a breathing machine at night. Scoliosis surgery is being planned for next year.',
    },
  },
  {
    id: 'stroke-no-oral',
    title: 'Arm and leg spasticity after a stroke, oral baclofen not tried',
    description:
      'Aged 58, 20 months after a stroke, walks with a stick; arm and leg on one side, Modified Ashworth 2; botulinum toxin and physiotherapy tried, never oral baclofen; on a blood thinner.',
    shows: ['one-side-pattern', 'oral-not-tried', 'below-severe-range', 'bleeding-risk'],
    intake: {
      patient: { ageYears: 58, weightKg: 82, mobility: 'walks_with_aid' },
      diagnosis: { condition: 'stroke', monthsSinceOnset: 20 },
      spasticity: {
        distribution: 'one_side',
        modifiedAshworth: '2',
        pennSpasmFrequency: 1,
        dystonia: 'no',
        impacts: ['walking', 'self_care'],
      },
      oralBaclofen: { tried: 'no' },
      otherTreatments: ['physiotherapy', 'botulinum_toxin'],
      goals: ['walking', 'independence'],
      considerations: { ...noConcerns, bleedingRisk: 'yes' },
    },
  },
  {
    id: 'much-missing',
    title: 'A referral with much information missing',
    description:
      'Aged 51 with hereditary spastic paraplegia; severity not scored; the oral baclofen history, the pattern, dystonia and several safety facts not known; no goals yet.',
    shows: ['other-condition', 'severity-not-recorded', 'oral-history-unclear', 'goals-not-recorded', 'unsure-answers'],
    intake: {
      patient: { ageYears: 51, mobility: 'walks_with_aid' },
      diagnosis: { condition: 'other', otherDescription: 'Hereditary spastic paraplegia', monthsSinceOnset: null },
      spasticity: {
        distribution: 'unsure',
        modifiedAshworth: 'not_assessed',
        pennSpasmFrequency: null,
        dystonia: 'unsure',
        impacts: ['walking'],
      },
      oralBaclofen: { tried: 'unsure' },
      otherTreatments: [],
      goals: [],
      considerations: {
        ...noConcerns,
        activeInfection: 'unsure',
        canAttendRefills: 'unsure',
        seizures: 'unsure',
        bleedingRisk: 'unsure',
        pumpCareSupport: 'unsure',
      },
    },
  },
  {
    id: 'young-child',
    title: 'Three-year-old with cerebral palsy and a shunt',
    description:
      'Aged 3, 13 kg, GMFCS V; generalised spasticity with frequent spasms; a shunt in place; seizures controlled.',
    shows: ['young-child', 'gmfcs-typical', 'shunt', 'child-guidance'],
    intake: {
      patient: { ageYears: 3, weightKg: 13, mobility: 'not_yet_walking' },
      diagnosis: { condition: 'cerebral_palsy', monthsSinceOnset: 36, gmfcs: 'V' },
      spasticity: {
        distribution: 'generalized',
        modifiedAshworth: '3',
        pennSpasmFrequency: 3,
        dystonia: 'no',
        impacts: ['sleep', 'sitting_positioning', 'caregiver_burden'],
      },
      oralBaclofen: {
        tried: 'yes',
        highestDailyDoseMg: 15,
        response: 'none',
        sideEffects: [],
        sideEffectsLimitedDose: 'no',
      },
      otherTreatments: ['physiotherapy', 'orthoses_casting'],
      goals: ['better_sleep', 'better_sitting', 'easier_care'],
      considerations: { ...noConcerns, shunt: 'yes', seizures: 'controlled' },
    },
  },
];

export const exampleById = (id: string) => examples.find((example) => example.id === id);
