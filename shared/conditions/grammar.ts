import { z } from 'zod';
import type { IntakePath } from '../api/paths';

// The condition language, defined once as zod schemas: the rules' conditions and
// the catalogue's "asked when" are written in it. The schemas give GET /api/rules
// (and the OpenAPI document) its shape, and the TypeScript types the rule files
// and the catalogue are checked against are derived from them, with the path
// narrowed to the intake's real paths. It knows neither the questions nor the
// rules: shared/rules reads shared/questions, and both read this.

const scalar = z.union([z.string(), z.number()]);
const values = z.array(scalar).readonly();

export const leafSchema = z.union([
  z.strictObject({ path: z.string(), eq: scalar }),
  z.strictObject({ path: z.string(), ne: scalar }),
  z.strictObject({ path: z.string(), in: values }),
  z.strictObject({ path: z.string(), lt: z.number() }),
  z.strictObject({ path: z.string(), gte: z.number() }),
  z.strictObject({ path: z.string(), isNull: z.literal(true) }),
  z.strictObject({ path: z.string(), has: scalar }),
  z.strictObject({ path: z.string(), notEmpty: z.literal(true) }),
  z.strictObject({ path: z.string(), isEmpty: z.literal(true) }),
]);

type LeafData = z.output<typeof leafSchema>;

/** A test on one answer, named by its dot path P: `{ path, eq: 'yes' }`, `{ path, lt: 12 }`, ... */
export type LeafOver<P extends string> = LeafData extends infer L
  ? L extends LeafData
    ? Omit<L, 'path'> & { path: P }
    : never
  : never;

export type ConditionOver<P extends string> =
  LeafOver<P> | { all: readonly ConditionOver<P>[] } | { any: readonly ConditionOver<P>[] } | { not: ConditionOver<P> };

// Getters let zod 4 describe the recursion, and the JSON Schema refer to itself.
export const allConditionSchema = z.strictObject({
  get all() {
    return z.array(conditionSchema).readonly();
  },
});
export const anyConditionSchema = z.strictObject({
  get any() {
    return z.array(conditionSchema).readonly();
  },
});
export const notConditionSchema = z.strictObject({
  get not() {
    return conditionSchema;
  },
});

export const conditionSchema: z.ZodType<ConditionOver<string>> = z.union([
  leafSchema,
  allConditionSchema,
  anyConditionSchema,
  notConditionSchema,
]);

/** A test on one answer of the intake, named by its dot path. */
export type Leaf = LeafOver<IntakePath>;

export type Condition = ConditionOver<IntakePath>;
