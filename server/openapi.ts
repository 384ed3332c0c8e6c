import { z } from 'zod';
import { errorBodySchema, issueSchema } from '../shared/api/errors';
import { intakeSchema } from '../shared/api/intake';
import { rulesResponseSchema } from '../shared/api/rules';
import { allConditionSchema, anyConditionSchema, conditionSchema, leafSchema, notConditionSchema } from '../shared/rules/grammar';
import { healthSchema, ruleSetIdentitySchema, sourceRefSchema, summarySchema } from '../shared/api/summary';
import { ruleSetIdentity } from './lib/rule-set-identity';

// OpenAPI 3.1 uses JSON Schema 2020-12, which zod 4 emits directly from the
// same schemas the server validates with: the document cannot drift from the code.

const named = {
  Intake: intakeSchema,
  Summary: summarySchema,
  Rules: rulesResponseSchema,
  Condition: conditionSchema,
  Leaf: leafSchema,
  AllCondition: allConditionSchema,
  AnyCondition: anyConditionSchema,
  NotCondition: notConditionSchema,
  Health: healthSchema,
  Error: errorBodySchema,
  RuleSetIdentity: ruleSetIdentitySchema,
  SourceRef: sourceRefSchema,
  Issue: issueSchema,
};

// One registry, so shared and recursive parts (Condition) become references
// into components/schemas instead of per-schema $defs.
const registry = z.registry<{ id: string }>();
for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });

const { schemas } = z.toJSONSchema(registry, {
  target: 'draft-2020-12',
  unrepresentable: 'any',
  uri: (id) => `#/components/schemas/${id}`,
}) as { schemas: Record<keyof typeof named, Record<string, unknown>> };

const ref = (name: keyof typeof named) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: keyof typeof named, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
});
const error = (description: string) => json('Error', description);

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'ITB Referral Aid API',
    version: ruleSetIdentity.version,
    description:
      'Turns an intrathecal baclofen referral intake (intake v2) into a discussion summary from rule set 2 (49 rules): points for a specialist to discuss, each with the answers that triggered it and its sources. It is never a decision. The server keeps no state and logs no bodies. An intake v1 body is refused with a 400 that names the v2 questions.',
  },
  paths: {
    '/api/summary': {
      post: {
        summary: 'Create the discussion summary of one intake',
        requestBody: { required: true, content: { 'application/json': { schema: ref('Intake') } } },
        responses: {
          200: json('Summary', 'Findings by level, the rules that did not fire, and the rule set identity'),
          400: error('invalid_request (with issues[], one per problem, dot paths; follow-up questions and months since onset against the age are checked too) or invalid_json'),
          405: error('method_not_allowed'),
          413: error('payload_too_large: body over 32 KiB'),
          415: error('unsupported_media_type: send application/json'),
          500: error('internal_error'),
        },
      },
    },
    '/api/rules': {
      get: { summary: 'The whole rule set as data', responses: { 200: json('Rules', 'Every rule, its condition as data and in words, and the sources') } },
    },
    '/api/health': {
      get: { summary: 'Liveness and rule set identity', responses: { 200: json('Health', 'ok') } },
    },
    '/api/openapi.json': {
      get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1 document' } } },
    },
  },
  components: { schemas },
} as const;
