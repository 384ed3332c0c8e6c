import { Hono } from 'hono';
import { intakeSchema } from '../../shared/api/intake';
import type { Summary } from '../../shared/api/summary';
import { validateJson } from '../lib/validate-json';
import { ruleSetIdentity } from '../rule-set-identity';

// The summary is about one patient: never cache it anywhere.
export const summaryRoute = new Hono().post('/', ...validateJson(intakeSchema), (c) => {
  const intake = c.req.valid('json');
  const body: Summary = {
    ruleSet: ruleSetIdentity,
    findings: [],
    notFired: [],
    echo: intake.notes === undefined ? {} : { notes: intake.notes },
  };
  c.header('Cache-Control', 'no-store');
  return c.json(body);
});
