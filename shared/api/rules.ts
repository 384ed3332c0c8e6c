import { z } from 'zod';
import { levels, ruleSetIdentitySchema, sourceRefSchema, sourceSchema } from './summary';

// GET /api/rules: the rule set as data. The condition grammar is recursive.

const scalar = z.union([z.string(), z.number()]);

const leafSchema = z.union([
  z.strictObject({ path: z.string(), eq: scalar }),
  z.strictObject({ path: z.string(), ne: scalar }),
  z.strictObject({ path: z.string(), in: z.array(scalar) }),
  z.strictObject({ path: z.string(), lt: z.number() }),
  z.strictObject({ path: z.string(), gte: z.number() }),
  z.strictObject({ path: z.string(), isNull: z.literal(true) }),
  z.strictObject({ path: z.string(), notEmpty: z.literal(true) }),
  z.strictObject({ path: z.string(), isEmpty: z.literal(true) }),
]);

export type ConditionData =
  | z.infer<typeof leafSchema>
  | { all: ConditionData[] }
  | { any: ConditionData[] }
  | { not: ConditionData };

// Getters let zod 4 describe the recursion, and the JSON Schema refer to itself.
export const allConditionSchema = z.strictObject({
  get all() {
    return z.array(conditionSchema);
  },
});
export const anyConditionSchema = z.strictObject({
  get any() {
    return z.array(conditionSchema);
  },
});
export const notConditionSchema = z.strictObject({
  get not() {
    return conditionSchema;
  },
});

export const conditionSchema: z.ZodType<ConditionData> = z.union([
  leafSchema,
  allConditionSchema,
  anyConditionSchema,
  notConditionSchema,
]);

export const ruleListingSchema = z.strictObject({
  id: z.string(),
  level: z.enum(levels),
  title: z.string(),
  when: conditionSchema.describe('The condition as data: all / any / not over { path, test } leaves'),
  whenText: z.string().describe('The condition in words, generated from `when`'),
  clinicianText: z.string().describe('Clinician text; [bracketed] words are filled from the answers'),
  patientText: z.string(),
  sources: z.array(sourceRefSchema),
});

export const rulesResponseSchema = z.strictObject({
  ruleSet: ruleSetIdentitySchema,
  rules: z.array(ruleListingSchema),
  sources: z.array(sourceSchema),
});

export type RuleListing = z.infer<typeof ruleListingSchema>;
export type RulesResponse = z.infer<typeof rulesResponseSchema>;
