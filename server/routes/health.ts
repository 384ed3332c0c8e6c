import { Hono } from 'hono';
import type { Health } from '../../shared/api/summary';
import { ruleSetIdentity } from '../lib/rule-set-identity';
import { securedJson } from '../lib/security-headers';

const body: Health = {
  status: 'ok',
  ruleSet: { version: ruleSetIdentity.version, hash: ruleSetIdentity.hash },
};
const text = JSON.stringify(body);

export const healthRoute = new Hono().get('/', () => securedJson(text));
