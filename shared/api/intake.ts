import { z } from 'zod';
import { askedForConditions, type ConditionFollowUp } from './follow-ups';
import { limits } from './limits';
import * as options from './options';
import { textAnswer } from './text-answer';

// The intake (v2) is the whole request body of POST /api/summary. Client,
// server, OpenAPI document and tests all import this one definition.

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `Choose ${what}` });

/**
 * An answer list where each item may appear once. A list longer than its
 * options is refused before any item is read, so a huge list costs one issue.
 */
const uniqueList = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .array(z.unknown(), { error: `Give ${what} as a list (it may be empty)` })
    .max(values.length, { error: `List at most ${values.length} of ${what}` })
    .pipe(z.array(z.enum(values, { error: `Choose ${what} from the list` })))
    .refine((items) => new Set(items).size === items.length, { error: `List each of ${what} only once` });

type Range = { readonly min: number; readonly max: number };

const wholeNumber = ({ min, max }: Range, what: string, missing = `Enter ${what}`) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? missing : `Enter ${what} as a number`) })
    .int({ error: `Enter ${what} as a whole number` })
    .min(min, { error: `Enter ${what} from ${min} to ${max}` })
    .max(max, { error: `Enter ${what} from ${min} to ${max}` });

/** A required group of questions; unknown keys inside it are rejected. */
const section = <T extends z.core.$ZodLooseShape>(shape: T, what: string) =>
  z.strictObject(shape, { error: `Answer the questions about ${what}` });

const answer = (what: string) => oneOf(options.yesNoUnsureStates, `yes, no or not sure for ${what}`);

const weight = limits['patient.weightKg'];
const dose = limits['oralBaclofen.highestDailyDoseMg'];
const penn = { min: Math.min(...options.pennScores), max: Math.max(...options.pennScores) };

export const patientSchema = section(
  {
    ageYears: wholeNumber(limits['patient.ageYears'], "the patient's age in years"),
    weightKg: z
      .number({ error: 'Enter the weight in kilograms as a number' })
      .min(weight.min, { error: `Enter a weight from ${weight.min} to ${weight.max} kg` })
      .max(weight.max, { error: `Enter a weight from ${weight.min} to ${weight.max} kg` })
      .optional(),
    mobility: oneOf(options.mobilities, 'how the patient mostly gets about'),
  },
  'the patient',
);

export const diagnosisSchema = section(
  {
    condition: oneOf(options.conditions, 'the condition causing the spasticity'),
    // Required for "other" (checkAcrossSections): a text with nothing visible is missing.
    otherDescription: textAnswer(limits['diagnosis.otherDescription'].maxLength, {
      notText: 'Describe the condition in words',
      name: 'the description',
      tooLong: (max) => `Describe the condition in ${max} characters or fewer`,
    }),
    monthsSinceOnset: wholeNumber(
      limits['diagnosis.monthsSinceOnset'],
      'the months since onset',
      'Enter the months since onset, or select "Not known"',
    ).nullable(),
    gmfcs: oneOf(options.gmfcsLevels, 'the GMFCS level, or "Not known"').optional(),
    injuryLevel: oneOf(options.injuryLevels, 'the neurological level of the injury, or "Not sure"').optional(),
  },
  'the diagnosis',
);

export const spasticitySchema = section(
  {
    distribution: oneOf(options.distributions, 'where the spasticity is'),
    modifiedAshworth: oneOf(options.ashworthScores, 'a Modified Ashworth score, or "Not assessed"'),
    pennSpasmFrequency: wholeNumber(
      penn,
      'the Penn spasm frequency score',
      'Choose a Penn spasm frequency score, or "Not assessed"',
    ).nullable(),
    dystonia: answer('dystonia'),
    impacts: uniqueList(options.impacts, 'the daily activities affected'),
  },
  'spasticity',
);

const oralBaclofenNotTriedSchema = z.strictObject({
  tried: z.enum(['no', 'unsure']),
});

const oralBaclofenTriedSchema = z.strictObject({
  tried: z.literal('yes'),
  highestDailyDoseMg: z
    .number({ error: 'Enter the highest daily dose in mg, or select "Not known"' })
    .min(dose.min, { error: `Enter a daily dose from ${dose.min} to ${dose.max} mg` })
    .max(dose.max, { error: `Enter a daily dose from ${dose.min} to ${dose.max} mg` })
    .nullable(),
  response: oneOf(options.oralResponses, 'how well oral baclofen worked'),
  sideEffects: uniqueList(options.sideEffects, 'the side effects'),
  sideEffectsLimitedDose: oneOf(options.yesNoUnsureStates, 'whether side effects limited the dose'),
});

export const oralBaclofenSchema = z.discriminatedUnion('tried', [oralBaclofenNotTriedSchema, oralBaclofenTriedSchema], {
  error: 'Choose whether oral baclofen was tried: yes, no or not sure',
});

export const considerationsSchema = section(
  {
    activeInfection: answer('an infection now'),
    baclofenAllergy: answer('baclofen allergy'),
    canAttendRefills: answer('attending refills'),
    seizures: oneOf(options.seizureStates, 'the seizure history'),
    spinalSurgery: oneOf(options.spinalSurgeryStates, 'none, previous, planned or not sure for spinal surgery'),
    bleedingRisk: answer('bleeding risk'),
    shunt: answer('shunt'),
    reliesOnTone: answer('relying on muscle tone'),
    communicationDifficulty: answer('difficulty telling others about new symptoms'),
    pastWithdrawal: answer('baclofen withdrawal in the past'),
    autonomicDysreflexia: answer('autonomic dysreflexia').optional(),
    breathingProblems: answer('breathing problems'),
    kidneyLiverGutDisease: answer('kidney, liver or gut disease'),
    lowWeightOrMalnutrition: answer('low weight or malnutrition'),
    pumpCareSupport: answer('support to care for a pump'),
    needsMri: answer('regular MRI scans'),
    mentalHealth: answer('mental health'),
    pregnancy: oneOf(options.pregnancyStates, 'yes, no, not sure or not applicable for pregnancy'),
  },
  'things the specialist needs to know',
);

const followUpWords: Record<ConditionFollowUp, { missing: string; name: string }> = {
  'diagnosis.otherDescription': { missing: 'Describe the condition', name: 'the description' },
  'diagnosis.gmfcs': { missing: 'Choose the GMFCS level, or "Not known"', name: 'the GMFCS level' },
  'diagnosis.injuryLevel': {
    missing: 'Choose the neurological level of the injury, or "Not sure"',
    name: 'the injury level',
  },
  'considerations.autonomicDysreflexia': {
    missing: 'Choose yes, no or not sure for autonomic dysreflexia',
    name: 'autonomic dysreflexia',
  },
};

const conditionNames: Record<string, string> = {
  other: '"other"',
  cerebral_palsy: 'cerebral palsy',
  spinal_cord_injury: 'spinal cord injury',
  multiple_sclerosis: 'multiple sclerosis',
};

const intakeShape = z.strictObject(
  {
    patient: patientSchema,
    diagnosis: diagnosisSchema,
    spasticity: spasticitySchema,
    oralBaclofen: oralBaclofenSchema,
    otherTreatments: uniqueList(options.otherTreatments, 'the other treatments'),
    goals: uniqueList(options.goals, 'the goals'),
    considerations: considerationsSchema,
    notes: textAnswer(limits.notes.maxLength, {
      notText: 'Notes must be text',
      name: 'the notes',
      tooLong: (max) => `Keep notes to ${max} characters or fewer`,
    }),
  },
  { error: 'Send the intake as a JSON object' },
);

type IntakeShape = z.output<typeof intakeShape>;

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/**
 * Answers that depend on other sections: follow-up questions and the time since
 * onset against the age. It also runs when other answers are wrong (the form
 * checks one step at a time and must see these too), so it reads defensively.
 */
function checkAcrossSections(intake: IntakeShape, ctx: z.core.$RefinementCtx<IntakeShape>) {
  const condition = field(intake.diagnosis, 'condition');
  if (typeof condition === 'string') {
    for (const [path, asked] of Object.entries(askedForConditions) as [ConditionFollowUp, readonly string[]][]) {
      const [section, key] = path.split('.') as ['diagnosis' | 'considerations', string];
      if (typeof intake[section] !== 'object' || intake[section] === null) continue;
      const given = field(intake[section], key) !== undefined;
      const words = followUpWords[path];
      if (asked.includes(condition) && !given)
        ctx.addIssue({ code: 'custom', path: [section, key], message: words.missing });
      if (!asked.includes(condition) && given) {
        const only = asked.map((value) => conditionNames[value] ?? value).join(' or ');
        ctx.addIssue({
          code: 'custom',
          path: [section, key],
          message: `Leave out ${words.name}: it is asked only for ${only}`,
        });
      }
    }
  }
  const months = field(intake.diagnosis, 'monthsSinceOnset');
  const age = field(intake.patient, 'ageYears');
  // Only whole, in-range answers: a wrong one already has its own issue on the same path.
  const valid = (value: unknown, { min, max }: Range): value is number =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
  if (!valid(months, limits['diagnosis.monthsSinceOnset']) || !valid(age, limits['patient.ageYears'])) return;
  const limit = (age + 1) * 12;
  if (months > limit) {
    ctx.addIssue({
      code: 'custom',
      path: ['diagnosis', 'monthsSinceOnset'],
      // Read on the form (years and months) and by API clients (months): both units.
      message: `Enter a time since onset of at most ${age + 1} years (${limit} months): the patient is ${age}`,
    });
  }
}

export const intakeSchema = intakeShape.superRefine(checkAcrossSections, {
  when: (payload) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value),
});

export type Intake = z.infer<typeof intakeSchema>;
export type OralBaclofen = z.infer<typeof oralBaclofenSchema>;
