import { Hono } from 'hono';
import type { Health } from '../../shared/api/summary';
import { ruleSetIdentity } from '../lib/rule-set-identity';

const body: Health = {
  status: 'ok',
  ruleSet: { version: ruleSetIdentity.version, hash: ruleSetIdentity.hash },
};

export const healthRoute = new Hono().get('/', (c) => c.json(body));
