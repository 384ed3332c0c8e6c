import { Hono } from 'hono';
import { intakeSchema } from '../../shared/api/intake';
import { summaryQuerySchema } from '../../shared/api/summary';
import { summaryJson } from '../../shared/rules/summarize';
import { ruleSetIdentity } from '../lib/rule-set-identity';
import { securedJson } from '../lib/security-headers';
import { validateJson } from '../lib/validate-json';
import { validateQuery } from '../lib/validate-query';

// The summary is about one patient: never cache it anywhere (no-store). Its JSON
// is assembled from parts serialised once per rule set (shared/rules/summarize.ts).
// ?lang=es gives the patient texts in Spanish; the rest is the same.
export const summaryRoute = new Hono().post(
  '/',
  validateQuery(summaryQuerySchema),
  ...validateJson(intakeSchema),
  (c) => securedJson(summaryJson(c.req.valid('json'), ruleSetIdentity, c.req.valid('query').lang), { noStore: true }),
);
