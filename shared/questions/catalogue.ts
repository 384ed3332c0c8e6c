import { askedForConditions } from '../api/follow-ups';
import { limits } from '../api/limits';
import type { Condition } from '../conditions/grammar';
import { tr } from '../text/translation';
import * as answers from './answers';
import type { Question, StepId } from './types';

// The one list of questions (intake v2), in form order. A new question is a
// field in the schema (shared/api/intake.ts) and an entry here; the form, the
// check-answers page, the referral data and the test generators follow. A
// question a patient text can name ("not sure" answers) carries its
// patientWords here, in English and Spanish (a test says which are missing).

export const steps: readonly { id: StepId; title: string }[] = [
  { id: 'patient', title: 'The patient and diagnosis' },
  { id: 'spasticity', title: 'Spasticity' },
  { id: 'oral-baclofen', title: 'Oral baclofen' },
  { id: 'treatments-goals', title: 'Other treatments and goals' },
  { id: 'considerations', title: 'Things the specialist needs to know' },
  { id: 'notes', title: 'Notes' },
];

const forConditions = (path: keyof typeof askedForConditions): Condition => ({
  path: 'diagnosis.condition',
  in: askedForConditions[path],
});
const oralTried: Condition = { path: 'oralBaclofen.tried', eq: 'yes' };

const yesNo = (
  path: Extract<Question['path'], `considerations.${string}` | 'spasticity.dystonia'>,
  label: string,
  question: string,
  extra: Pick<Question, 'hint' | 'group' | 'askedWhen' | 'patientWords'> & { unremarkable?: 'yes' } = {},
): Question => ({
  path,
  step: path.startsWith('considerations.') ? 'considerations' : 'spasticity',
  kind: 'choice',
  options: answers.yesNoUnsure,
  layout: 'inline',
  unremarkable: 'no',
  label,
  question,
  ...extra,
});

const beforeTreatment = { group: 'Health now' };
const livingWithPump = { group: 'Living with a pump' };

export const questions: readonly Question[] = [
  // The patient and diagnosis
  {
    path: 'patient.ageYears',
    step: 'patient',
    kind: 'number',
    integer: true,
    ...limits['patient.ageYears'],
    unit: 'years',
    label: 'Age',
    question: 'Age in years',
    hint: 'Whole years. For a baby, enter 0.',
  },
  {
    path: 'patient.weightKg',
    step: 'patient',
    kind: 'number',
    integer: false,
    ...limits['patient.weightKg'],
    unit: 'kg',
    typedUnit: { symbol: 'kg', otherText: 'Enter the weight as a number of kilograms only, for example 68.5' },
    optional: true,
    label: 'Weight',
    question: 'Weight in kg',
    hint: 'Helps the team think about pump size in small children.',
  },
  {
    path: 'patient.mobility',
    step: 'patient',
    kind: 'choice',
    options: answers.mobility,
    label: 'Mobility',
    question: 'How does the patient mostly get about?',
  },
  {
    path: 'diagnosis.condition',
    step: 'patient',
    kind: 'choice',
    options: answers.condition,
    label: 'Condition',
    question: 'Condition causing the spasticity',
  },
  {
    path: 'diagnosis.otherDescription',
    step: 'patient',
    kind: 'text',
    ...limits['diagnosis.otherDescription'],
    askedWhen: forConditions('diagnosis.otherDescription'),
    label: 'Condition described',
    question: 'Describe the condition',
    hint: 'For example, hereditary spastic paraplegia.',
  },
  {
    path: 'diagnosis.gmfcs',
    step: 'patient',
    kind: 'choice',
    options: answers.gmfcs,
    layout: 'scale',
    askedWhen: forConditions('diagnosis.gmfcs'),
    label: 'GMFCS level',
    question: 'Gross Motor Function Classification System (GMFCS) level',
  },
  {
    path: 'diagnosis.injuryLevel',
    step: 'patient',
    kind: 'choice',
    options: answers.injuryLevel,
    askedWhen: forConditions('diagnosis.injuryLevel'),
    label: 'Neurological level of injury',
    question: 'Neurological level of the injury',
    patientWords: {
      en: 'how high the spinal cord injury is',
      es: tr('14d416e6', 'a qué altura está la lesión de la médula espinal'),
    },
    hint: 'The neurological level (ISNCSCI / ASIA), not the level of the broken bone.',
  },
  {
    path: 'diagnosis.monthsSinceOnset',
    step: 'patient',
    kind: 'number',
    integer: true,
    ...limits['diagnosis.monthsSinceOnset'],
    unit: 'months',
    inYearsAndMonths: true,
    notKnown: 'Not known',
    label: 'Time since onset or injury',
    question: 'Time since the condition began or the injury happened',
    hint: 'For example, 1 year 6 months (18 months) for a year and a half.',
  },

  // Spasticity
  {
    path: 'spasticity.distribution',
    step: 'spasticity',
    kind: 'choice',
    options: answers.distribution,
    label: 'Distribution of spasticity',
    question: 'Where is the spasticity?',
    patientWords: { en: 'where the tightness is', es: tr('6e2f0a3c', 'dónde está la rigidez') },
  },
  {
    path: 'spasticity.modifiedAshworth',
    step: 'spasticity',
    kind: 'choice',
    options: answers.modifiedAshworth,
    layout: 'scale',
    label: 'Modified Ashworth score',
    question: 'Modified Ashworth score',
    hint: 'The highest score in the affected muscle groups.',
  },
  {
    path: 'spasticity.pennSpasmFrequency',
    step: 'spasticity',
    kind: 'choice',
    options: answers.pennSpasmFrequency,
    layout: 'scale',
    label: 'Penn spasm frequency score',
    question: 'Penn spasm frequency score',
    hint: 'How often spasms happen.',
  },
  yesNo(
    'spasticity.dystonia',
    'Dystonia as well as spasticity',
    'Does the patient have dystonia as well as spasticity?',
    { patientWords: { en: 'dystonia (twisting movements)', es: tr('06dc3e7c', 'distonía (movimientos de torsión)') } },
  ),
  {
    path: 'spasticity.impacts',
    step: 'spasticity',
    kind: 'list',
    options: answers.impacts,
    label: 'Daily life affected',
    question: 'What does the spasticity get in the way of?',
    hint: 'Select all that apply.',
  },

  // Oral baclofen
  {
    path: 'oralBaclofen.tried',
    step: 'oral-baclofen',
    kind: 'choice',
    options: answers.yesNoUnsure,
    label: 'Oral baclofen tried',
    question: 'Has the patient taken oral baclofen?',
  },
  {
    path: 'oralBaclofen.highestDailyDoseMg',
    step: 'oral-baclofen',
    kind: 'number',
    integer: false,
    ...limits['oralBaclofen.highestDailyDoseMg'],
    unit: 'mg a day',
    typedUnit: { symbol: 'mg', otherText: 'Enter the number of milligrams a day only, for example 60' },
    notKnown: 'Not known',
    askedWhen: oralTried,
    label: 'Highest daily oral dose',
    question: 'Highest daily dose',
    hint: 'Total milligrams in a day, for example 60 for 20 mg three times a day.',
  },
  {
    path: 'oralBaclofen.response',
    step: 'oral-baclofen',
    kind: 'choice',
    options: answers.oralResponse,
    askedWhen: oralTried,
    label: 'Response to oral baclofen',
    question: 'How well did it control the spasticity?',
  },
  {
    path: 'oralBaclofen.sideEffects',
    step: 'oral-baclofen',
    kind: 'list',
    options: answers.sideEffects,
    askedWhen: oralTried,
    label: 'Oral baclofen side effects',
    question: 'Side effects',
    hint: 'Select all that apply.',
  },
  {
    path: 'oralBaclofen.sideEffectsLimitedDose',
    step: 'oral-baclofen',
    kind: 'choice',
    options: answers.yesNoUnsure,
    layout: 'inline',
    askedWhen: oralTried,
    label: 'Side effects limited the dose',
    question: 'Did side effects stop the dose going higher?',
  },

  // Other treatments and goals
  {
    path: 'otherTreatments',
    step: 'treatments-goals',
    kind: 'list',
    options: answers.otherTreatments,
    label: 'Other treatments tried',
    question: 'Other treatments for spasticity, now or in the past',
    hint: 'Select all that apply, including a baclofen pump or test dose.',
  },
  {
    path: 'goals',
    step: 'treatments-goals',
    kind: 'list',
    options: answers.goals,
    label: 'Goals',
    question: 'What would the patient most like to change?',
    hint: 'Select all that apply. Goals are agreed before any test dose.',
  },

  // Things the specialist needs to know
  yesNo(
    'considerations.activeInfection',
    'Infection or unhealed wound now',
    'Does the patient have an infection now?',
    {
      ...beforeTreatment,
      hint: 'Any infection, including a urine infection, or an unhealed wound or pressure sore.',
      patientWords: {
        en: 'any infection or open wound now',
        es: tr('10d9ca0c', 'una infección o una herida abierta ahora'),
      },
    },
  ),
  yesNo('considerations.baclofenAllergy', 'Allergy to baclofen', 'Is the patient allergic to baclofen?', {
    ...beforeTreatment,
    hint: 'A true allergy, not a side effect of the tablets.',
    patientWords: { en: 'any allergy to baclofen', es: tr('bdc00cf6', 'alergia al baclofeno') },
  }),
  {
    path: 'considerations.seizures',
    step: 'considerations',
    kind: 'choice',
    options: answers.seizures,
    layout: 'inline',
    unremarkable: 'none',
    ...beforeTreatment,
    label: 'Seizures',
    question: 'Does the patient have seizures?',
    patientWords: { en: 'seizures (fits)', es: tr('ce2da410', 'convulsiones') },
  },
  yesNo('considerations.bleedingRisk', 'Bleeding risk', 'Is there a bleeding risk?', {
    ...beforeTreatment,
    hint: 'An anticoagulant, an antiplatelet medicine or a bleeding disorder.',
    patientWords: {
      en: 'blood thinners or bleeding easily',
      es: tr('1fd76490', 'anticoagulantes o sangrar con facilidad'),
    },
  }),
  yesNo(
    'considerations.breathingProblems',
    'Breathing problems',
    'Is there a breathing disorder with a risk of respiratory failure?',
    {
      ...beforeTreatment,
      hint: 'For example ventilation or night-time breathing support, or repeated chest infections.',
      patientWords: { en: 'breathing problems', es: tr('c07e4223', 'problemas para respirar') },
    },
  ),
  yesNo(
    'considerations.kidneyLiverGutDisease',
    'Kidney, liver or gut disease',
    'Is there kidney failure, liver disease or gut disease?',
    {
      ...beforeTreatment,
      patientWords: {
        en: 'kidney, liver or gut problems',
        es: tr('064eee6c', 'problemas de riñón, de hígado o intestinales'),
      },
    },
  ),
  yesNo(
    'considerations.lowWeightOrMalnutrition',
    'Low weight or malnutrition',
    'Is the patient very underweight, small for the pump, or malnourished?',
    { ...beforeTreatment, patientWords: { en: 'weight and eating', es: tr('6ec1520a', 'el peso y la alimentación') } },
  ),
  {
    path: 'considerations.spinalSurgery',
    step: 'considerations',
    kind: 'choice',
    options: answers.spinalSurgery,
    layout: 'inline',
    unremarkable: 'none',
    ...beforeTreatment,
    label: 'Spinal surgery or fusion',
    question: 'Spinal surgery or fusion',
    patientWords: {
      en: 'any surgery on the spine, past or planned',
      es: tr('0e842562', 'cirugías de la columna, pasadas o planeadas'),
    },
    hint: 'In the past, or planned (for example for scoliosis).',
  },
  yesNo('considerations.shunt', 'Shunt', 'Does the patient have a shunt?', {
    ...beforeTreatment,
    hint: 'For example, a ventriculoperitoneal shunt.',
    patientWords: { en: 'a shunt', es: tr('20203754', 'una válvula de derivación') },
  }),
  yesNo(
    'considerations.autonomicDysreflexia',
    'Autonomic dysreflexia',
    'Does the patient have autonomic dysreflexia?',
    {
      ...beforeTreatment,
      askedWhen: forConditions('considerations.autonomicDysreflexia'),
      patientWords: { en: 'autonomic dysreflexia', es: tr('ae0f3db0', 'disreflexia autónoma') },
    },
  ),
  yesNo(
    'considerations.mentalHealth',
    'Unstable mental illness, psychosis or confusional state',
    'Is there unstable mental illness, psychosis or a confusional state?',
    {
      ...beforeTreatment,
      hint: 'Not a learning disability or a long-standing cognitive impairment.',
      patientWords: {
        en: 'mental health or times of confusion',
        es: tr('d664f216', 'salud mental o momentos de confusión'),
      },
    },
  ),
  {
    path: 'considerations.pregnancy',
    step: 'considerations',
    kind: 'choice',
    options: answers.pregnancy,
    layout: 'inline',
    unremarkable: 'not_applicable',
    ...beforeTreatment,
    label: 'Pregnancy',
    question: 'Is the patient pregnant?',
    patientWords: { en: 'pregnancy', es: tr('8e14cca4', 'embarazo') },
  },
  yesNo(
    'considerations.canAttendRefills',
    'Can have refills every 1 to 6 months',
    'Can the patient have pump refills every 1 to 6 months?',
    {
      ...livingWithPump,
      hint: 'At a clinic, or home visits where they are offered.',
      unremarkable: 'yes',
      patientWords: { en: 'getting to refill visits', es: tr('41235388', 'cómo ir a las recargas') },
    },
  ),
  yesNo(
    'considerations.pumpCareSupport',
    'Someone to spot warning signs and get help',
    'Can the patient, or a carer usually with them, learn the warning signs and get urgent hospital help at any hour?',
    {
      ...livingWithPump,
      unremarkable: 'yes',
      patientWords: {
        en: 'who could spot warning signs and get help fast',
        es: tr('08c0a6fa', 'quién podría reconocer las señales de alarma y buscar ayuda rápido'),
      },
    },
  ),
  yesNo(
    'considerations.communicationDifficulty',
    'Difficulty telling others about new symptoms',
    'Does the patient find it hard to tell others about new symptoms?',
    {
      ...livingWithPump,
      hint: 'Cannot reliably say when something feels wrong.',
      patientWords: {
        en: '{{telling others|how your child tells others}} about new symptoms',
        es: tr(
          '67893bc0',
          '{audience, select, adult {cómo cuenta a otros} other {cómo cuenta su hijo a otros}} los síntomas nuevos',
        ),
      },
    },
  ),
  yesNo(
    'considerations.pastWithdrawal',
    'Baclofen withdrawal in the past',
    'Has the patient had baclofen withdrawal before?',
    {
      ...livingWithPump,
      hint: 'From oral or intrathecal baclofen.',
      patientWords: {
        en: 'baclofen withdrawal in the past',
        es: tr('7ec62a30', 'abstinencia de baclofeno en el pasado'),
      },
    },
  ),
  yesNo(
    'considerations.reliesOnTone',
    'Relies on muscle tone to stand, walk or transfer',
    'Does the patient use muscle tightness to stand, walk or transfer?',
    {
      ...livingWithPump,
      patientWords: {
        en: 'using the tightness to stand, walk or move',
        es: tr('7fe200f7', 'usar la rigidez para ponerse de pie, caminar o moverse'),
      },
    },
  ),
  yesNo('considerations.needsMri', 'Expects regular MRI scans', 'Does the patient expect regular MRI scans?', {
    ...livingWithPump,
    hint: 'For example, for multiple sclerosis.',
    patientWords: { en: 'MRI scans', es: tr('ee61571f', 'resonancias magnéticas') },
  }),

  // Notes
  {
    path: 'notes',
    step: 'notes',
    kind: 'text',
    ...limits.notes,
    multiline: true,
    optional: true,
    label: 'Notes',
    question: 'Notes for the specialist',
    hint: `Anything else the team should know, up to ${limits.notes.maxLength.toLocaleString('en-GB')} characters. The summary shows it word for word. Do not include names, dates of birth or record numbers.`,
  },
];
