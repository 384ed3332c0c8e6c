import * as options from '../api/options';
import type { Option } from './types';

// The words of every closed answer. Typed against the option tuples of the
// schema: an answer added there without words here does not compile.

type Words<T extends readonly (string | number)[]> = { [K in T[number]]: string | [label: string, hint: string] };

const toOptions = <T extends readonly (string | number)[]>(values: T, words: Words<T>): Option[] =>
  values.map((value) => {
    const text = words[value as T[number]];
    return typeof text === 'string' ? { value, label: text } : { value, label: text[0], hint: text[1] };
  });

export const yesNoUnsure = toOptions(options.yesNoUnsureStates, { yes: 'Yes', no: 'No', unsure: 'Not sure' });

export const mobility = toOptions(options.mobilities, {
  walks_unaided: 'Walks without an aid',
  walks_with_aid: 'Walks with an aid (stick, crutches, frame)',
  wheelchair: 'Uses a wheelchair most of the time',
  bed_bound: 'Mostly in bed',
  not_yet_walking: 'Not walking yet (a young child)',
});

export const condition = toOptions(options.conditions, {
  cerebral_palsy: 'Cerebral palsy',
  multiple_sclerosis: 'Multiple sclerosis',
  spinal_cord_injury: 'Spinal cord injury',
  stroke: 'Stroke',
  brain_injury: 'Brain injury',
  other: 'Other condition',
});

export const gmfcs = toOptions(options.gmfcsLevels, {
  I: ['I', 'Walks without limits'],
  II: ['II', 'Walks with limits'],
  III: ['III', 'Walks with a hand-held mobility device'],
  IV: ['IV', 'Self-mobility with limits; may use powered mobility'],
  V: ['V', 'Transported in a manual wheelchair'],
  not_known: 'Not known',
});

export const injuryLevel = toOptions(options.injuryLevels, {
  cervical: ['Cervical', 'C1 to C8'],
  t1_t6: ['T1 to T6', 'T6 included'],
  below_t6: ['Below T6', 'T7 or lower'],
  unsure: 'Not sure',
});

export const distribution = toOptions(options.distributions, {
  generalized: 'Generalised (most of the body)',
  both_legs: 'Both legs',
  one_side: ['One side of the body', 'Arm and leg on the same side'],
  focal: ['Focal', 'One limb or one area'],
  unsure: 'Not sure',
});

export const modifiedAshworth = toOptions(options.ashworthScores, {
  '0': ['0', 'No increase in tone'],
  '1': ['1', 'Slight increase: a catch at the end of the range'],
  '1+': ['1+', 'Slight increase: a catch, then resistance through less than half the range'],
  '2': ['2', 'More marked increase through most of the range; the part still moves easily'],
  '3': ['3', 'Considerable increase; passive movement is difficult'],
  '4': ['4', 'Rigid in flexion or extension'],
  not_assessed: 'Not assessed',
});

/** Penn is a number on the wire; "Not assessed" is null. */
export const pennSpasmFrequency: Option[] = [
  ...toOptions(options.pennScores, {
    0: ['0', 'No spasms'],
    1: ['1', 'Spasms only when stimulated'],
    2: ['2', 'Full spasms less than once an hour'],
    3: ['3', 'Spasms more than once an hour'],
    4: ['4', 'Spasms more than 10 times an hour'],
  }),
  { value: null, label: 'Not assessed' },
];

export const impacts = toOptions(options.impacts, {
  pain: 'Pain',
  spasms: 'Spasms',
  sleep: 'Sleep',
  walking: 'Walking',
  transfers: 'Transfers',
  sitting_positioning: 'Sitting and positioning',
  self_care: 'Self-care',
  hygiene_care: 'Hygiene and personal care by others',
  caregiver_burden: 'Burden on carers',
});

export const oralResponse = toOptions(options.oralResponses, {
  good: 'Good: spasticity controlled',
  partial: 'Partial',
  none: 'None',
  unsure: 'Not sure',
});

export const sideEffects = toOptions(options.sideEffects, {
  nausea: 'Nausea',
  drowsiness: 'Drowsiness',
  weakness: 'Weakness',
  dizziness: 'Dizziness',
  confusion: 'Confusion',
  fatigue: 'Tiredness (fatigue)',
  other: 'Other side effect',
});

export const otherTreatments = toOptions(options.otherTreatments, {
  physiotherapy: 'Physiotherapy',
  botulinum_toxin: 'Botulinum toxin injections',
  tizanidine: 'Tizanidine',
  benzodiazepine: 'A benzodiazepine (for example diazepam)',
  dantrolene: 'Dantrolene',
  gabapentinoid: 'Gabapentin or pregabalin',
  orthoses_casting: 'Orthoses, splints or casting',
  orthopaedic_surgery: 'Orthopaedic surgery',
  selective_dorsal_rhizotomy: 'Selective dorsal rhizotomy',
  itb_test_dose: 'An intrathecal baclofen test dose',
  itb_pump_current: 'A baclofen pump now',
  itb_pump_past: 'A baclofen pump in the past',
});

export const goals = toOptions(options.goals, {
  less_pain: 'Less pain',
  fewer_spasms: 'Fewer spasms',
  better_sleep: 'Better sleep',
  easier_care: 'Easier care by others',
  better_sitting: 'Better sitting and posture',
  walking: 'Walking',
  transfers: 'Easier transfers',
  independence: 'More independence',
  fewer_side_effects: 'Fewer side effects from medicines',
});

export const seizures = toOptions(options.seizureStates, {
  none: 'None',
  controlled: 'Yes, controlled',
  uncontrolled: 'Yes, not controlled',
  unsure: 'Not sure',
});

export const spinalSurgery = toOptions(options.spinalSurgeryStates, {
  none: 'None',
  previous: 'In the past',
  planned: 'Planned',
  unsure: 'Not sure',
});

export const pregnancy = toOptions(options.pregnancyStates, {
  yes: 'Yes',
  no: 'No',
  unsure: 'Not sure',
  not_applicable: 'Not applicable',
});
