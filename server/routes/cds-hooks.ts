import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { z } from 'zod';
import { toIssues, type Issue } from '../../shared/api/errors';
import {
  itbReferralService,
  listedConditions,
  oralBaclofenPrescribed,
  prefetched,
  prefetchedPatient,
  referralCard,
  serviceId,
} from '../../shared/fhir/cds-card';
import {
  conditionSchema,
  hookRequestSchema,
  medicationRequestSchema,
  observationSchema,
  patientViewContextSchema,
  type Discovery,
  type HookResponse,
} from '../../shared/fhir/cds-hooks';
import { ageOn, latestWeightKg } from '../../shared/fhir/record-facts';
import { ApiError } from '../lib/api-error';
import { cdsAuth, type CdsAuthOptions } from '../lib/cds-auth';
import { cdsCors } from '../lib/cds-cors';
import { findAbsurdShape, nestsDeeperThan } from '../lib/json-guard';
import { ruleSetIdentity } from '../lib/rule-set-identity';
import { parseJson, requireJsonContentType, type ParsedBody } from '../lib/validate-json';

// CDS Hooks 2.0 at /cds-services: discovery, and the patient-view service. The
// token is checked before the body is read. Errors use the JSON API's error body
// (CDS Hooks defines none); bodies are never logged.

// A prefetch of every Condition and MedicationRequest of a patient is far larger
// than an intake, so this service reads up to 512 KiB.
const maxHookBytes = 512 * 1024;

// A prefetch nests deeper than an intake: a realistic one (US Core Patient with its
// extensions, Conditions, a MedicationRequest with a contained Medication, an
// Observation) reaches 14 levels with the request around it (cds-hooks-limits.test.ts);
// 32 leaves room for what other records add. Lists may be as long as a Bundle's
// entries (prefetchBundleSchema allows 5,000).
export const maxHookDepth = 32;
const maxHookEntries = 5_000;

const discovery: Discovery = { services: [itbReferralService] };

const invalid = (error: { issues: readonly z.core.$ZodIssue[] }, where: string): never => {
  const issues = toIssues(error).slice(0, 20);
  throw new ApiError(
    400,
    'invalid_request',
    `The ${where} has ${issues.length === 1 ? '1 problem' : 'problems'}; see issues.`,
    issues,
  );
};

const limitHookBody = bodyLimit({
  maxSize: maxHookBytes,
  onError: () => {
    throw new ApiError(413, 'payload_too_large', `The body is larger than ${maxHookBytes / 1024} KiB.`);
  },
});

/** A body no client sends: one issue, its path clipped (a path quotes the body's keys). */
const absurdShape = ({ path, message }: Issue): never => {
  throw new ApiError(400, 'invalid_request', 'The hook request has 1 problem; see issues.', [
    { path: path.slice(0, 100), message },
  ]);
};

// JSON.parse is what deep nesting makes slow, so nesting is counted on the text first;
// after parsing, the same walk as the other routes bounds every list and object.
const limitHookNesting = createMiddleware(async (c, next) => {
  if (nestsDeeperThan(await c.req.text(), maxHookDepth))
    absurdShape({ path: '', message: `Nest at most ${maxHookDepth} levels deep; this body nests deeper` });
  await next();
});
const guardHookShape = createMiddleware<ParsedBody>(async (c, next) => {
  const absurd = findAbsurdShape(c.get('jsonBody'), maxHookDepth, maxHookEntries);
  if (absurd) absurdShape(absurd);
  await next();
});

const readHookBody = [requireJsonContentType, limitHookBody, limitHookNesting, parseJson, guardHookShape] as const;

const invalidPrefetch = (key: string, message: string): never => {
  throw new ApiError(400, 'invalid_request', 'The prefetch has 1 problem; see issues.', [
    { path: `prefetch.${key}`, message },
  ]);
};

/** The resources of one prefetch key, or a 400 when it is neither a Bundle nor null. */
function prefetchOf<T>(value: unknown, key: string, schema: Parameters<typeof prefetched<T>>[1]): T[] {
  return prefetched(value, schema) ?? invalidPrefetch(key, 'Send a searchset Bundle, or null when there is none');
}

export function cdsHooksRoute(auth: CdsAuthOptions) {
  // Who we are comes from the configuration, never from a request's Host or target.
  const serviceUrl = `${auth.publicUrl}/cds-services/${serviceId}`;
  const route = new Hono()
    .use('*', cdsCors)
    .get('/', (c) => c.json(discovery))
    .post(`/${serviceId}`, cdsAuth(auth, serviceUrl), ...readHookBody, async (c) => {
      c.header('Cache-Control', 'no-store');
      const request = hookRequestSchema.safeParse(c.get('jsonBody'));
      if (!request.success) return invalid(request.error, 'hook request');
      if (request.data.hook !== 'patient-view')
        throw new ApiError(
          400,
          'invalid_request',
          `This service answers the patient-view hook, not ${request.data.hook.slice(0, 40)}.`,
        );
      const context = patientViewContextSchema.safeParse(request.data.context);
      if (!context.success) return invalid(context.error, 'patient-view context');
      const prefetch = request.data.prefetch ?? {};
      // CDS Hooks: without its prefetch the service cannot decide, and it does not query the client's FHIR server.
      if (!Object.hasOwn(prefetch, 'conditions')) {
        throw new ApiError(
          412,
          'invalid_request',
          'Send prefetch "conditions" (Condition?patient={{context.patientId}}): this service does not query FHIR servers.',
        );
      }
      const conditions = prefetchOf(prefetch.conditions, 'conditions', conditionSchema);
      const medications = prefetchOf(prefetch.medications ?? null, 'medications', medicationRequestSchema);
      const weights = prefetchOf(prefetch.weight ?? null, 'weight', observationSchema);
      const patient = prefetchedPatient(prefetch.patient ?? null);
      if (patient === undefined) invalidPrefetch('patient', 'Send the Patient resource, or null when there is none');
      const today = new Date().toISOString().slice(0, 10);
      const card = referralCard({
        conditions: listedConditions(conditions),
        oralBaclofen: oralBaclofenPrescribed(medications),
        patient: { ageYears: ageOn(patient?.birthDate, today), weightKg: latestWeightKg(weights) },
        formUrl: `${auth.publicUrl}/`,
        ruleSet: ruleSetIdentity,
      });
      const response: HookResponse = { cards: card ? [card] : [] };
      return c.json(response);
    });

  route.all('*', (c) => {
    if (c.req.path === `/cds-services/${serviceId}` || c.req.path === '/cds-services') {
      const allowed = c.req.path === '/cds-services' ? 'GET' : 'POST';
      c.header('Allow', `${allowed}, OPTIONS${allowed === 'GET' ? ', HEAD' : ''}`);
      throw new ApiError(405, 'method_not_allowed', `Use ${allowed} for ${c.req.path}.`);
    }
    throw new ApiError(404, 'not_found', `There is no CDS service at ${c.req.path.slice(0, 100)}.`);
  });
  return route;
}
