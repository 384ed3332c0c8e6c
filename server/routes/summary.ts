import { Hono } from 'hono';
import { intakeSchema } from '../../shared/api/intake';
import { summaryQuerySchema } from '../../shared/api/summary';
import { summarize } from '../../shared/rules/summarize';
import { ruleSetIdentity } from '../lib/rule-set-identity';
import { validateJson } from '../lib/validate-json';
import { validateQuery } from '../lib/validate-query';

// The summary is about one patient: never cache it anywhere (no-store).
// ?lang=es gives the patient texts in Spanish; the rest is the same.
export const summaryRoute = new Hono().post(
  '/',
  validateQuery(summaryQuerySchema),
  ...validateJson(intakeSchema),
  (c) =>
    c.json(summarize(c.req.valid('json'), ruleSetIdentity, c.req.valid('query').lang), 200, {
      'Cache-Control': 'no-store',
    }),
);
