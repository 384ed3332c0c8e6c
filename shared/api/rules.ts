import { z } from 'zod';
import { conditionSchema } from '../conditions/grammar';
import { levels, ruleSetIdentitySchema, sourceRefSchema, sourceSchema } from './summary';

// GET /api/rules: the rule set as data.

export const ruleListingSchema = z.strictObject({
  id: z.string(),
  level: z.enum(levels),
  title: z.string(),
  when: conditionSchema.describe('The condition as data: all / any / not over { path, test } leaves'),
  whenText: z.string().describe('The condition in words, generated from `when`'),
  clinicianText: z.string().describe('Clinician text; [bracketed] words are filled from the answers'),
  patientText: z.string(),
  sources: z.array(sourceRefSchema),
  contraindication: z.literal(true).optional(),
  pumpNow: z.literal(true).optional(),
  additions: z
    .array(
      z.strictObject({
        when: conditionSchema,
        whenText: z.string(),
        clinicianText: z.string().optional(),
        patientText: z.string().optional(),
      }),
    )
    .describe('Sentences added to the texts only while their own condition holds'),
});

export const rulesResponseSchema = z.strictObject({
  ruleSet: ruleSetIdentitySchema,
  rules: z.array(ruleListingSchema),
  sources: z.array(sourceSchema),
});

export type RuleListing = z.infer<typeof ruleListingSchema>;
export type RulesResponse = z.infer<typeof rulesResponseSchema>;
