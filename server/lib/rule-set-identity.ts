// Server-only (node:crypto): the client never imports this file.
import { createHash } from 'node:crypto';
import type { RuleSetIdentity } from '../../shared/api/summary';
import { ruleSet } from '../../shared/rules/rule-set';

/** JSON with object keys sorted at every depth and no white space: one text per value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashRuleSet(value: unknown = ruleSet): string {
  return `sha256:${createHash('sha256').update(canonicalJson(value)).digest('hex')}`;
}

/** Identity sent with every response; computed once when the server starts. */
export const ruleSetIdentity: RuleSetIdentity = {
  id: ruleSet.id,
  version: ruleSet.version,
  hash: hashRuleSet(),
  reviewed: ruleSet.reviewed,
};
