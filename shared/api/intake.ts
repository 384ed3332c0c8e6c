import { z } from 'zod';
import * as options from './options';

// The intake is the whole request body of POST /api/summary. Client, server,
// OpenAPI document and tests all import this one definition.

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `Choose ${what}` });

/** An answer list where each item may appear once. */
const uniqueList = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .array(z.enum(values, { error: `Choose ${what} from the list` }), {
      error: `Give ${what} as a list (it may be empty)`,
    })
    .refine((items) => new Set(items).size === items.length, {
      error: `List each of ${what} only once`,
    });

const wholeNumber = (min: number, max: number, what: string, missing = `Enter ${what}`) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? missing : `Enter ${what} as a number`) })
    .int({ error: `Enter ${what} as a whole number` })
    .min(min, { error: `Enter ${what} from ${min} to ${max}` })
    .max(max, { error: `Enter ${what} from ${min} to ${max}` });

/** A required group of questions; unknown keys inside it are rejected. */
const section = <T extends z.core.$ZodLooseShape>(shape: T, what: string) =>
  z.strictObject(shape, { error: `Answer the questions about ${what}` });

const answer = (what: string) => oneOf(options.yesNoUnsure, `yes, no or not sure for ${what}`);

export const patientSchema = section({
  ageYears: wholeNumber(0, 120, "the patient's age in years"),
  weightKg: z
    .number({ error: 'Enter the weight in kilograms as a number' })
    .min(1, { error: 'Enter a weight from 1 to 300 kg' })
    .max(300, { error: 'Enter a weight from 1 to 300 kg' })
    .optional(),
}, 'the patient');

export const diagnosisSchema = section(
  {
    condition: oneOf(options.conditions, 'the condition causing the spasticity'),
    otherDescription: z
      .string({ error: 'Describe the condition in words' })
      .trim()
      .min(1, { error: 'Describe the condition' })
      .max(200, { error: 'Describe the condition in 200 characters or fewer' })
      .optional(),
    monthsSinceOnset: wholeNumber(0, 1500, 'the months since onset', 'Enter the months since onset, or select "Not known"').nullable(),
  },
  'the diagnosis',
).superRefine((diagnosis, ctx) => {
    const isOther = diagnosis.condition === 'other';
    if (isOther && diagnosis.otherDescription === undefined) {
      ctx.addIssue({ code: 'custom', path: ['otherDescription'], message: 'Describe the condition' });
    }
    if (!isOther && diagnosis.otherDescription !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['otherDescription'],
        message: 'Leave out the description unless the condition is "other"',
      });
    }
  });

export const spasticitySchema = section({
  distribution: oneOf(options.distributions, 'where the spasticity is'),
  modifiedAshworth: oneOf(options.ashworthScores, 'a Modified Ashworth score, or "not assessed"'),
  pennSpasmFrequency: wholeNumber(0, 4, 'the Penn spasm frequency score', 'Choose a Penn spasm frequency score, or "Not assessed"').nullable(),
  impacts: uniqueList(options.impacts, 'the daily activities affected'),
}, 'spasticity');

const oralBaclofenNotTriedSchema = z.strictObject({
  tried: z.enum(['no', 'unsure']),
});

const oralBaclofenTriedSchema = z.strictObject({
  tried: z.literal('yes'),
  highestDailyDoseMg: z
    .number({ error: 'Enter the highest daily dose in mg, or select "Not known"' })
    .min(1, { error: 'Enter a daily dose from 1 to 300 mg' })
    .max(300, { error: 'Enter a daily dose from 1 to 300 mg' })
    .nullable(),
  response: oneOf(options.oralResponses, 'how well oral baclofen worked'),
  sideEffects: uniqueList(options.sideEffects, 'the side effects'),
  sideEffectsLimitedDose: oneOf(options.yesNoUnsure, 'whether side effects limited the dose'),
});

export const oralBaclofenSchema = z.discriminatedUnion(
  'tried',
  [oralBaclofenNotTriedSchema, oralBaclofenTriedSchema],
  { error: 'Choose whether oral baclofen was tried: yes, no or not sure' },
);

export const considerationsSchema = section({
  activeInfection: answer('active infection'),
  baclofenAllergy: answer('baclofen allergy'),
  canAttendRefills: answer('attending refills'),
  seizures: oneOf(options.seizureStates, 'the seizure history'),
  spinalSurgeryOrFusion: answer('spinal surgery or fusion'),
  bleedingRisk: answer('bleeding risk'),
  shunt: answer('shunt'),
  reliesOnTone: answer('relying on muscle tone'),
  withdrawalRisk: answer('withdrawal risk'),
  mentalHealth: answer('mental health'),
  pregnancy: oneOf(options.pregnancyStates, 'yes, no, not sure or not applicable for pregnancy'),
}, 'things the specialist needs to know');

export const intakeSchema = z.strictObject(
  {
  patient: patientSchema,
  diagnosis: diagnosisSchema,
  spasticity: spasticitySchema,
  oralBaclofen: oralBaclofenSchema,
  otherTreatments: uniqueList(options.otherTreatments, 'the other treatments'),
  goals: uniqueList(options.goals, 'the goals'),
  considerations: considerationsSchema,
  notes: z
    .string({ error: 'Notes must be text' })
    .max(2000, { error: 'Keep notes to 2000 characters or fewer' })
    .optional(),
  },
  { error: 'Send the intake as a JSON object' },
);

export type Intake = z.infer<typeof intakeSchema>;
export type OralBaclofen = z.infer<typeof oralBaclofenSchema>;
