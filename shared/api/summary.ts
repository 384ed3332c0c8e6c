import { z } from 'zod';
import { languages } from '../text/languages';

// Response bodies of the API. The server's types and the OpenAPI document come
// from these; the client parses nothing twice but shares the types.

export const levels = ['indication', 'caution', 'consider', 'check', 'info'] as const;
export type Level = (typeof levels)[number];

export const ruleSetIdentitySchema = z.strictObject({
  id: z.string(),
  version: z.string().describe('Semantic version; bumped when any condition changes'),
  hash: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/)
    .describe('sha256 of the canonical JSON of the rule set'),
  reviewed: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe('Date of the last clinical review'),
});

export const sourceRefSchema = z.strictObject({
  id: z.string(),
  label: z.string().describe('Full citation'),
});

export const sourceSchema = sourceRefSchema.extend({
  url: z.string().optional(),
});

/** One answer that made a rule fire: a dot path into the intake and its value. */
export const becauseSchema = z.strictObject({
  path: z.string(),
  value: z.unknown(),
});

export const findingSchema = z.strictObject({
  ruleId: z.string(),
  level: z.enum(levels),
  title: z.string(),
  clinicianText: z.string(),
  patientText: z.string(),
  because: z.array(becauseSchema),
  sources: z.array(sourceRefSchema),
  contraindication: z
    .literal(true)
    .optional()
    .describe('A contraindication in a label or guideline: shown first among the cautions'),
  pumpNow: z
    .literal(true)
    .optional()
    .describe('The patient has a pump now: the patient sheet is the one for life with a pump'),
});

export const summarySchema = z.strictObject({
  ruleSet: ruleSetIdentitySchema,
  findings: z.array(findingSchema),
  notFired: z.array(z.string()).describe('Ids of the rules that did not fire, in catalogue order'),
  echo: z.strictObject({ notes: z.string().optional() }),
});

/** The query of POST /api/summary: the language of the patient texts. */
export const summaryQuerySchema = z.object({
  lang: z
    .enum(languages)
    .default('en')
    .describe(
      'Language of every patientText: en (default) or es. Clinician texts, titles and sources are always English.',
    ),
});

export const healthSchema = z.strictObject({
  status: z.literal('ok'),
  ruleSet: ruleSetIdentitySchema.pick({ version: true, hash: true }),
});

export type RuleSetIdentity = z.infer<typeof ruleSetIdentitySchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Because = z.infer<typeof becauseSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Summary = z.infer<typeof summarySchema>;
export type Health = z.infer<typeof healthSchema>;
