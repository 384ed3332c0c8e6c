// Every closed answer list of the intake, in the order the form shows them.
// The schema, the form and the rule texts all read these tuples.

export const conditions = [
  'cerebral_palsy',
  'multiple_sclerosis',
  'spinal_cord_injury',
  'stroke',
  'brain_injury',
  'other',
] as const;

export const distributions = ['generalized', 'both_legs', 'one_side', 'focal', 'unsure'] as const;

export const ashworthScores = ['0', '1', '1+', '2', '3', '4', 'not_assessed'] as const;

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

export const sideEffects = [
  'nausea',
  'drowsiness',
  'weakness',
  'dizziness',
  'confusion',
  'fatigue',
  'other',
] as const;

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

export const yesNoUnsure = ['yes', 'no', 'unsure'] as const;

export const seizureStates = ['none', 'controlled', 'uncontrolled', 'unsure'] as const;

export const pregnancyStates = ['yes', 'no', 'unsure', 'not_applicable'] as const;
