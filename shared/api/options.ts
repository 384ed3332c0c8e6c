// Every closed answer list of the intake (v2), in the order the form shows them.
// The schema, the question catalogue and the rules all read these tuples.

export const mobilities = ['walks_unaided', 'walks_with_aid', 'wheelchair', 'bed_bound', 'not_yet_walking'] as const;

export const conditions = [
  'cerebral_palsy',
  'multiple_sclerosis',
  'spinal_cord_injury',
  'stroke',
  'brain_injury',
  'other',
] as const;

export const gmfcsLevels = ['I', 'II', 'III', 'IV', 'V', 'not_known'] as const;

export const injuryLevels = ['cervical', 't1_t6', 'below_t6', 'unsure'] as const;

export const distributions = ['generalized', 'both_legs', 'one_side', 'focal', 'unsure'] as const;

export const ashworthScores = ['0', '1', '1+', '2', '3', '4', 'not_assessed'] as const;

export const pennScores = [0, 1, 2, 3, 4] as const;

export const impacts = [
  'pain',
  'spasms',
  'sleep',
  'walking',
  'transfers',
  'sitting_positioning',
  'self_care',
  'hygiene_care',
  'caregiver_burden',
] as const;

export const oralResponses = ['good', 'partial', 'none', 'unsure'] as const;

export const sideEffects = ['nausea', 'drowsiness', 'weakness', 'dizziness', 'confusion', 'fatigue', 'other'] as const;

export const otherTreatments = [
  'physiotherapy',
  'botulinum_toxin',
  'tizanidine',
  'benzodiazepine',
  'dantrolene',
  'gabapentinoid',
  'orthoses_casting',
  'orthopaedic_surgery',
  'selective_dorsal_rhizotomy',
  'itb_test_dose',
  'itb_pump_current',
  'itb_pump_past',
] as const;

export const goals = [
  'less_pain',
  'fewer_spasms',
  'better_sleep',
  'easier_care',
  'better_sitting',
  'walking',
  'transfers',
  'independence',
  'fewer_side_effects',
] as const;

export const yesNoUnsureStates = ['yes', 'no', 'unsure'] as const;

export const seizureStates = ['none', 'controlled', 'uncontrolled', 'unsure'] as const;

export const spinalSurgeryStates = ['none', 'previous', 'planned', 'unsure'] as const;

export const pregnancyStates = ['yes', 'no', 'unsure', 'not_applicable'] as const;

/** Conditions that ask for autonomic dysreflexia (docs/api/CONTRACT.md). */
export const dysreflexiaConditions = ['spinal_cord_injury', 'multiple_sclerosis'] as const;
