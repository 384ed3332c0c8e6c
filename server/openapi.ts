import { z } from 'zod';
import { errorBodySchema, issueSchema } from '../shared/api/errors';
import { intakeSchema } from '../shared/api/intake';
import { rulesResponseSchema } from '../shared/api/rules';
import {
  allConditionSchema,
  anyConditionSchema,
  conditionSchema,
  leafSchema,
  notConditionSchema,
} from '../shared/conditions/grammar';
import {
  healthSchema,
  ruleSetIdentitySchema,
  sourceRefSchema,
  summaryQuerySchema,
  summarySchema,
} from '../shared/api/summary';
import { discoverySchema, hookRequestSchema, hookResponseSchema } from '../shared/fhir/cds-hooks';
import { ruleSetIdentity } from './lib/rule-set-identity';
import { rules } from '../shared/rules/rule-set';

// OpenAPI 3.1 uses JSON Schema 2020-12, which zod 4 emits directly from the
// same schemas the server validates with: the document cannot drift from the code.

/** A FHIR R4 resource, named only by its type here: the R4 specification defines the rest. */
const fhirResource = (type: string, about: string) =>
  z
    .looseObject({ resourceType: z.literal(type) })
    .describe(`FHIR R4 ${type} (https://hl7.org/fhir/R4/${type.toLowerCase()}.html): ${about}`);

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
  Questionnaire: fhirResource('Questionnaire', 'the referral form, generated from the question catalogue'),
  CodeSystem: fhirResource('CodeSystem', 'answer codes (the intake wire values), rule ids, or summary sections'),
  ConceptMap: fhirResource('ConceptMap', 'the condition codes of the form to SNOMED CT'),
  CapabilityStatement: fhirResource('CapabilityStatement', 'the resources and operations served'),
  OperationDefinition: fhirResource('OperationDefinition', 'the definition of $intake or $summary'),
  QuestionnaireResponse: fhirResource(
    'QuestionnaireResponse',
    'answers to Questionnaire itb-referral; linkId = intake dot path',
  ),
  Bundle: fhirResource('Bundle', 'a document: Composition (the summary) and the QuestionnaireResponse as read'),
  OperationOutcome: fhirResource('OperationOutcome', 'one issue per problem, expression naming the item by linkId'),
  CdsDiscovery: discoverySchema,
  CdsHookRequest: hookRequestSchema,
  CdsHookResponse: hookResponseSchema,
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

/** The ?lang= parameter of POST /api/summary, from the schema the route checks it with. */
const { $schema: _, ...langSchema } = z.toJSONSchema(summaryQuerySchema.shape.lang, {
  target: 'draft-2020-12',
  io: 'input',
});

const ref = (name: keyof typeof named) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: keyof typeof named, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
});
const error = (description: string) => json('Error', description);
const fhir = (name: keyof typeof named, description: string) => ({
  description,
  content: { 'application/fhir+json': { schema: ref(name) } },
});
const outcome = (description: string) => fhir('OperationOutcome', description);
const responseBody = {
  required: true,
  content: {
    'application/fhir+json': { schema: ref('QuestionnaireResponse') },
    'application/json': { schema: ref('QuestionnaireResponse') },
  },
};
const fhirErrors = {
  405: outcome('method not allowed'),
  413: outcome('too-long: body over 32 KiB'),
  415: outcome('not-supported: send application/fhir+json or application/json'),
  500: outcome('exception'),
};

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'ITB Referral Aid API',
    version: ruleSetIdentity.version,
    description: `Turns an intrathecal baclofen referral intake (intake v2) into a discussion summary from rule set ${ruleSetIdentity.version} (${rules.length} rules): points for a specialist to discuss, each with the answers that triggered it and its sources. It is never a decision. The server keeps no state and logs no bodies. An intake v1 body is refused with a 400 that names the v2 questions.`,
  },
  paths: {
    '/api/summary': {
      post: {
        summary: 'Create the discussion summary of one intake',
        parameters: [
          {
            name: 'lang',
            in: 'query',
            required: false,
            description: summaryQuerySchema.shape.lang.description,
            schema: langSchema,
          },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: ref('Intake') } } },
        responses: {
          200: json('Summary', 'Findings by level, the rules that did not fire, and the rule set identity'),
          400: error(
            'invalid_request (with issues[], one per problem, dot paths; follow-up questions and months since onset against the age are checked too; a lang other than en or es, or given twice) or invalid_json',
          ),
          405: error('method_not_allowed'),
          413: error('payload_too_large: body over 32 KiB'),
          415: error('unsupported_media_type: send application/json'),
          500: error('internal_error'),
        },
      },
    },
    '/api/rules': {
      get: {
        summary: 'The whole rule set as data',
        responses: { 200: json('Rules', 'Every rule, its condition as data and in words, and the sources') },
      },
    },
    '/api/health': {
      get: { summary: 'Liveness and rule set identity', responses: { 200: json('Health', 'ok') } },
    },
    '/api/openapi.json': {
      get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1 document' } } },
    },
    '/api/fhir/metadata': {
      get: {
        summary: 'FHIR R4: what these endpoints serve (CapabilityStatement)',
        responses: { 200: fhir('CapabilityStatement', 'The CapabilityStatement') },
      },
    },
    '/api/fhir/OperationDefinition/{id}': {
      get: {
        summary:
          'FHIR R4: the definition of $intake (QuestionnaireResponse-intake) or $summary (QuestionnaireResponse-summary)',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: fhir('OperationDefinition', 'The OperationDefinition'), 404: outcome('not-found') },
      },
    },
    '/api/fhir/Questionnaire/itb-referral': {
      get: {
        summary: 'FHIR R4: the referral form as a Questionnaire (SDC extensions), version = the rule set version',
        responses: { 200: fhir('Questionnaire', 'The Questionnaire') },
      },
    },
    '/api/fhir/CodeSystem/{id}': {
      get: {
        summary:
          'FHIR R4: a CodeSystem of the Questionnaire (one per answer list), of the rule set (itb-referral-rules) or of the summary sections',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: fhir('CodeSystem', 'The CodeSystem'), 404: outcome('not-found') },
      },
    },
    '/api/fhir/ConceptMap/itb-referral-condition-snomed': {
      get: {
        summary: "FHIR R4: the form's condition codes mapped to SNOMED CT",
        responses: { 200: fhir('ConceptMap', 'The ConceptMap') },
      },
    },
    '/api/fhir/QuestionnaireResponse/$intake': {
      post: {
        summary: 'FHIR R4 operation: a QuestionnaireResponse to itb-referral back to the intake (lists as sets)',
        requestBody: responseBody,
        responses: {
          200: json('Intake', 'The intake, valid against the same schema as POST /api/summary'),
          400: outcome('one issue per problem, at most 20, expression naming the item by linkId'),
          ...fhirErrors,
        },
      },
    },
    '/api/fhir/QuestionnaireResponse/$summary': {
      post: {
        summary:
          'FHIR R4 operation: the discussion summary of a QuestionnaireResponse as a document Bundle (authored required; same response, same bytes)',
        requestBody: responseBody,
        responses: {
          200: fhir('Bundle', 'A Bundle of type document'),
          400: outcome('as $intake, and authored missing or not to the second with a time zone'),
          ...fhirErrors,
        },
      },
    },
    '/cds-services': {
      get: {
        summary: 'CDS Hooks 2.0 discovery (CORS for any origin)',
        responses: { 200: json('CdsDiscovery', 'The patient-view service and its prefetch templates') },
      },
    },
    '/cds-services/itb-referral-aid': {
      post: {
        summary:
          'CDS Hooks 2.0 patient-view service: one info card with a link to the form when a named condition is listed (SNOMED CT), else no cards',
        security: [{ cdsHooksJwt: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: ref('CdsHookRequest') } } },
        responses: {
          200: json('CdsHookResponse', 'Cards'),
          400: error('invalid_request: the hook request or its prefetch'),
          401: error('invalid_request: bearer JWT missing or refused (WWW-Authenticate: Bearer)'),
          412: error('invalid_request: prefetch "conditions" missing; the service does not query FHIR servers'),
          413: error('payload_too_large: body over 512 KiB'),
          415: error('unsupported_media_type'),
        },
      },
    },
  },
  components: {
    schemas,
    securitySchemes: {
      cdsHooksJwt: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description:
          'CDS Hooks 2.0: a JWT signed with the client key (asymmetric), from an issuer in CDS_HOOKS_ISSUERS',
      },
    },
  },
} as const;
