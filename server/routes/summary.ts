import { Hono } from 'hono';
import { intakeSchema } from '../../shared/api/intake';
import { summarize } from '../../shared/rules/summarize';
import { ruleSetIdentity } from '../lib/rule-set-identity';
import { validateJson } from '../lib/validate-json';

// The summary is about one patient: never cache it anywhere (no-store).
export const summaryRoute = new Hono().post('/', ...validateJson(intakeSchema), (c) =>
  c.json(summarize(c.req.valid('json'), ruleSetIdentity), 200, { 'Cache-Control': 'no-store' }),
);
