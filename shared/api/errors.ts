import { z } from 'zod';

// The one error body of the API (see README, "Errors").

export const errorCodes = [
  'invalid_request',
  'invalid_json',
  'unsupported_media_type',
  'payload_too_large',
  'not_found',
  'method_not_allowed',
  'internal_error',
] as const;

export const issueSchema = z.strictObject({
  path: z.string(),
  message: z.string(),
});

export const errorBodySchema = z.strictObject({
  error: z.enum(errorCodes),
  message: z.string(),
  issues: z.array(issueSchema).optional(),
});

export type ErrorCode = (typeof errorCodes)[number];
export type Issue = z.infer<typeof issueSchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Questions of intake v1 that v2 replaced: a v1 body is told where each went. */
const replacedInV2: Record<string, string> = {
  spinalSurgeryOrFusion: 'considerations.spinalSurgery (none, previous, planned or unsure)',
  withdrawalRisk: 'considerations.communicationDifficulty and considerations.pastWithdrawal',
};

/** A key as the body sent it, cut short: an error never echoes much of the request. */
const shortKey = (key: string) => (key.length > 40 ? `${key.slice(0, 39)}…` : key);

const unknownKeyMessage = (key: string) =>
  Object.hasOwn(replacedInV2, key)
    ? `Remove "${key}": it was a question of intake v1; intake v2 asks ${replacedInV2[key]}`
    : `Remove "${shortKey(key)}": it is not a question here`;

/** Turns zod issues into the contract's flat list: one entry per problem, dot paths. */
export function toIssues(error: { issues: readonly z.core.$ZodIssue[] }): Issue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...path, shortKey(key)].join('.'),
        message: unknownKeyMessage(key),
      }));
    }
    return [{ path: path.join('.'), message: issue.message }];
  });
}
