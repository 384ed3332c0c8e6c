import { z } from 'zod';

// CDS Hooks 2.0 (https://cds-hooks.hl7.org/2.0/) request and response shapes as
// zod schemas: the specification publishes no JSON Schema for this version. The
// requests are loose (a client may add `extension` and fields of newer
// versions); the responses we send are strict, so they cannot carry more than
// the specification allows.

const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { error: 'hookInstance must be a UUID' });

export const fhirAuthorizationSchema = z.looseObject({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int(),
  scope: z.string(),
  subject: z.string(),
});

export const hookRequestSchema = z.looseObject({
  hook: z.string().min(1),
  hookInstance: uuid,
  fhirServer: z.url().optional(),
  fhirAuthorization: fhirAuthorizationSchema.optional(),
  context: z.looseObject({}),
  prefetch: z.record(z.string(), z.unknown()).optional(),
});

export const patientViewContextSchema = z.looseObject({
  userId: z.string().min(1),
  patientId: z.string().min(1),
  encounterId: z.string().optional(),
});

const coding = z.looseObject({
  system: z.string().optional(),
  code: z.string().optional(),
  display: z.string().optional(),
});
const codeableConcept = z.looseObject({ coding: z.array(coding).max(50).optional(), text: z.string().optional() });

/** A searchset Bundle of prefetched resources; only the fields the service reads are checked. */
export const prefetchBundleSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  entry: z
    .array(z.looseObject({ resource: z.looseObject({ resourceType: z.string() }).optional() }))
    .max(5000)
    .optional(),
});

export const conditionSchema = z.looseObject({
  resourceType: z.literal('Condition'),
  clinicalStatus: codeableConcept.optional(),
  verificationStatus: codeableConcept.optional(),
  code: codeableConcept.optional(),
});

export const medicationRequestSchema = z.looseObject({
  resourceType: z.literal('MedicationRequest'),
  status: z.string(),
  medicationCodeableConcept: codeableConcept.optional(),
  dosageInstruction: z
    .array(z.looseObject({ route: codeableConcept.optional(), text: z.string().optional() }))
    .max(50)
    .optional(),
});

export const patientResourceSchema = z.looseObject({
  resourceType: z.literal('Patient'),
  birthDate: z.string().optional(),
});

export const observationSchema = z.looseObject({
  resourceType: z.literal('Observation'),
  status: z.string(),
  code: codeableConcept.optional(),
  effectiveDateTime: z.string().optional(),
  effectiveInstant: z.string().optional(),
  effectivePeriod: z.looseObject({ start: z.string().optional(), end: z.string().optional() }).optional(),
  valueQuantity: z
    .looseObject({
      value: z.number().optional(),
      unit: z.string().optional(),
      system: z.string().optional(),
      code: z.string().optional(),
    })
    .optional(),
});

export const linkSchema = z.strictObject({
  label: z.string(),
  url: z.url(),
  type: z.enum(['absolute', 'smart']),
  appContext: z.string().optional(),
});

export const cardSchema = z.strictObject({
  uuid: uuid.optional(),
  summary: z.string().min(1).max(139).describe('One sentence, under 140 characters'),
  detail: z.string().optional().describe('GitHub Flavored Markdown'),
  indicator: z.enum(['info', 'warning', 'critical']),
  source: z.strictObject({
    label: z.string(),
    url: z.url().optional(),
    icon: z.url().optional(),
    topic: coding.optional(),
  }),
  links: z.array(linkSchema).optional(),
});

export const hookResponseSchema = z.strictObject({ cards: z.array(cardSchema) });

export const cdsServiceSchema = z.strictObject({
  hook: z.string(),
  title: z.string().optional(),
  description: z.string(),
  id: z.string(),
  prefetch: z.record(z.string(), z.string()).optional(),
});

export const discoverySchema = z.strictObject({ services: z.array(cdsServiceSchema) });

export type HookRequest = z.infer<typeof hookRequestSchema>;
export type Card = z.infer<typeof cardSchema>;
export type HookResponse = z.infer<typeof hookResponseSchema>;
export type CdsService = z.infer<typeof cdsServiceSchema>;
export type Discovery = z.infer<typeof discoverySchema>;
export type PrefetchedCondition = z.infer<typeof conditionSchema>;
export type PrefetchedMedicationRequest = z.infer<typeof medicationRequestSchema>;
export type PrefetchedPatient = z.infer<typeof patientResourceSchema>;
export type PrefetchedObservation = z.infer<typeof observationSchema>;
