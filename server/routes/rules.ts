import { Hono } from 'hono';
import { listRules } from '../../shared/rules/listing';
import { ruleSetIdentity } from '../lib/rule-set-identity';

// The listing never changes while the server runs: build its JSON once.
const body = JSON.stringify(listRules(ruleSetIdentity));

export const rulesRoute = new Hono().get('/', (c) => c.body(body, 200, { 'Content-Type': 'application/json' }));
