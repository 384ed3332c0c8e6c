import { Hono } from 'hono';
import { intakeSchema } from '../../shared/api/intake';
import { ruleSetIdentity } from '../lib/rule-set-identity';
import { summarize } from '../../shared/rules/summarize';
import { validateJson } from '../lib/validate-json';

export const summaryRoute = new Hono().post('/', ...validateJson(intakeSchema), (c) => {
  // The summary is about one patient: never cache it anywhere.
  c.header('Cache-Control', 'no-store');
  return c.json(summarize(c.req.valid('json'), ruleSetIdentity));
});
