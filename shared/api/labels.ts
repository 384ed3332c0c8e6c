import type * as options from './options';

// Words for every intake field and answer, shared by the form, the summary's
// "Because you answered ..." lines and the generated rule descriptions.

type Labels<T extends readonly string[]> = Record<T[number], string>;

export const conditionLabels: Labels<typeof options.conditions> = {
  cerebral_palsy: 'Cerebral palsy',
  multiple_sclerosis: 'Multiple sclerosis',
  spinal_cord_injury: 'Spinal cord injury',
  stroke: 'Stroke',
  brain_injury: 'Brain injury',
  other: 'Other condition',
};

export const distributionLabels: Labels<typeof options.distributions> = {
  generalized: 'Generalised (most of the body)',
  both_legs: 'Both legs',
  one_side: 'One side of the body',
  focal: 'Focal (one or a few muscle groups)',
  unsure: 'Not sure',
};

export const ashworthLabels: Labels<typeof options.ashworthScores> = {
  '0': '0: no increase in tone',
  '1': '1: slight increase, a catch at the end of the range',
  '1+': '1+: slight increase, a catch then resistance through less than half the range',
  '2': '2: more marked increase through most of the range, but the part moves easily',
  '3': '3: considerable increase, passive movement difficult',
  '4': '4: the part is rigid in flexion or extension',
  not_assessed: 'Not assessed',
};

export const pennLabels: Record<0 | 1 | 2 | 3 | 4, string> = {
  0: '0: no spasms',
  1: '1: spasms only when stimulated',
  2: '2: spasms less than once an hour',
  3: '3: spasms 1 to 10 times an hour',
  4: '4: spasms more than 10 times an hour',
};

export const impactLabels: Labels<typeof options.impacts> = {
  pain: 'Pain',
  spasms: 'Spasms',
  sleep: 'Sleep',
  walking: 'Walking',
  transfers: 'Transfers',
  sitting_positioning: 'Sitting and positioning',
  self_care: 'Self-care',
  hygiene_care: 'Hygiene and personal care by others',
  caregiver_burden: 'Burden on carers',
};

export const oralResponseLabels: Labels<typeof options.oralResponses> = {
  good: 'Good: spasticity controlled',
  partial: 'Partial',
  none: 'None',
  unsure: 'Not sure',
};

export const sideEffectLabels: Labels<typeof options.sideEffects> = {
  nausea: 'Nausea',
  drowsiness: 'Drowsiness',
  weakness: 'Weakness',
  dizziness: 'Dizziness',
  confusion: 'Confusion',
  fatigue: 'Tiredness (fatigue)',
  other: 'Other side effect',
};

export const otherTreatmentLabels: Labels<typeof options.otherTreatments> = {
  physiotherapy: 'Physiotherapy',
  botulinum_toxin: 'Botulinum toxin injections',
  tizanidine: 'Tizanidine',
  benzodiazepine: 'A benzodiazepine (for example diazepam)',
  dantrolene: 'Dantrolene',
  gabapentinoid: 'Gabapentin or pregabalin',
  orthoses_casting: 'Orthoses, splints or casting',
  orthopaedic_surgery: 'Orthopaedic surgery',
  selective_dorsal_rhizotomy: 'Selective dorsal rhizotomy',
};

export const goalLabels: Labels<typeof options.goals> = {
  less_pain: 'Less pain',
  fewer_spasms: 'Fewer spasms',
  better_sleep: 'Better sleep',
  easier_care: 'Easier care by others',
  better_sitting: 'Better sitting and posture',
  walking: 'Walking',
  transfers: 'Easier transfers',
  independence: 'More independence',
  fewer_side_effects: 'Fewer side effects from medicines',
};

export const yesNoUnsureLabels: Labels<typeof options.yesNoUnsure> = { yes: 'Yes', no: 'No', unsure: 'Not sure' };

export const seizureLabels: Labels<typeof options.seizureStates> = {
  none: 'None',
  controlled: 'Yes, controlled',
  uncontrolled: 'Yes, not controlled',
  unsure: 'Not sure',
};

export const pregnancyLabels: Labels<typeof options.pregnancyStates> = {
  yes: 'Yes',
  no: 'No',
  unsure: 'Not sure',
  not_applicable: 'Not applicable',
};

/** Short names of the intake fields, by dot path, for summaries and rule descriptions. */
export const fieldLabels = {
  'patient.ageYears': 'Age (years)',
  'patient.weightKg': 'Weight (kg)',
  'diagnosis.condition': 'Condition',
  'diagnosis.otherDescription': 'Condition described',
  'diagnosis.monthsSinceOnset': 'Months since onset or injury',
  'spasticity.distribution': 'Distribution of spasticity',
  'spasticity.modifiedAshworth': 'Modified Ashworth score',
  'spasticity.pennSpasmFrequency': 'Penn spasm frequency score',
  'spasticity.impacts': 'Daily life affected',
  'oralBaclofen.tried': 'Oral baclofen tried',
  'oralBaclofen.highestDailyDoseMg': 'Highest daily oral dose (mg)',
  'oralBaclofen.response': 'Response to oral baclofen',
  'oralBaclofen.sideEffects': 'Oral baclofen side effects',
  'oralBaclofen.sideEffectsLimitedDose': 'Side effects limited the dose',
  otherTreatments: 'Other treatments tried',
  goals: 'Goals',
  'considerations.activeInfection': 'Active infection',
  'considerations.baclofenAllergy': 'Allergy to baclofen',
  'considerations.canAttendRefills': 'Can attend refills every 1 to 6 months',
  'considerations.seizures': 'Seizures',
  'considerations.spinalSurgeryOrFusion': 'Spinal surgery or fusion',
  'considerations.bleedingRisk': 'Bleeding risk (anticoagulant, antiplatelet or bleeding disorder)',
  'considerations.shunt': 'Shunt',
  'considerations.reliesOnTone': 'Relies on muscle tone to stand, walk or transfer',
  'considerations.withdrawalRisk': 'Higher risk from baclofen withdrawal',
  'considerations.mentalHealth': 'Unstable mental illness, psychosis or confusional state',
  'considerations.pregnancy': 'Pregnancy',
  notes: 'Notes',
} as const;

export type FieldPath = keyof typeof fieldLabels;

const valueLabelsByPath: Partial<Record<FieldPath, Record<string, string>>> = {
  'diagnosis.condition': conditionLabels,
  'spasticity.distribution': distributionLabels,
  'spasticity.modifiedAshworth': ashworthLabels,
  'spasticity.pennSpasmFrequency': pennLabels,
  'spasticity.impacts': impactLabels,
  'oralBaclofen.tried': yesNoUnsureLabels,
  'oralBaclofen.response': oralResponseLabels,
  'oralBaclofen.sideEffects': sideEffectLabels,
  'oralBaclofen.sideEffectsLimitedDose': yesNoUnsureLabels,
  otherTreatments: otherTreatmentLabels,
  goals: goalLabels,
  'considerations.seizures': seizureLabels,
  'considerations.pregnancy': pregnancyLabels,
};

/** An answer in words: "Both legs", "3: considerable increase ...", "not known" for null. */
export function describeValue(path: string, value: unknown): string {
  if (value === null) return path === 'spasticity.pennSpasmFrequency' ? 'not assessed' : 'not known';
  if (value === undefined) return 'not answered';
  const labels: Record<string, string> | undefined =
    valueLabelsByPath[path as FieldPath] ?? (path.startsWith('considerations.') ? yesNoUnsureLabels : undefined);
  if (Array.isArray(value)) {
    return value.length === 0 ? 'none' : value.map((item) => labels?.[String(item)] ?? String(item)).join(', ');
  }
  return labels?.[String(value)] ?? String(value);
}

/** The field name in words, falling back to the path itself. */
export function describeField(path: string): string {
  return fieldLabels[path as FieldPath] ?? path;
}

/** Level names for people: a text label always goes with the level's icon. */
export const levelLabels = {
  indication: { label: 'Matches a documented use', description: 'Fits an indication or a usual reason to refer.' },
  caution: { label: 'Caution', description: 'May delay or change plans; the specialist must see it.' },
  consider: { label: 'To consider', description: 'Worth discussing at the visit.' },
  check: { label: 'To check', description: 'Information is missing or unsure.' },
  info: { label: 'For information', description: 'Context for the team.' },
} as const;
