import { Hono } from 'hono';
import type { Health } from '../../shared/api/summary';
import { ruleSetIdentity } from '../rule-set-identity';

export const healthRoute = new Hono().get('/', (c) => {
  const body: Health = {
    status: 'ok',
    ruleSet: { version: ruleSetIdentity.version, hash: ruleSetIdentity.hash },
  };
  return c.json(body);
});
