import { Hono } from 'hono';
import { intakeSchema } from '../../shared/api/intake';
import { summaryJson } from '../../shared/rules/summarize';
import { ruleSetIdentity } from '../lib/rule-set-identity';
import { securedJson } from '../lib/security-headers';
import { validateJson } from '../lib/validate-json';

// The summary is about one patient: never cache it anywhere (no-store). Its JSON
// is assembled from parts serialised once per rule set (shared/rules/summarize.ts).
export const summaryRoute = new Hono().post('/', ...validateJson(intakeSchema), (c) =>
  securedJson(summaryJson(c.req.valid('json'), ruleSetIdentity), { noStore: true }),
);
