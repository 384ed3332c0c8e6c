import { describe, expect, it } from 'vitest';
import { rules } from '../../shared/rules/rule-set';
import { canonicalJson, hashRuleSet, ruleSetIdentity } from './rule-set-identity';

describe('rule set identity', () => {
  it('hashes the canonical JSON of the rule set', () => {
    expect(ruleSetIdentity).toEqual({ id: 'itb-referral', version: '1.0.0', hash: hashRuleSet(), reviewed: '2026-11-24' });
    expect(ruleSetIdentity.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('canonical JSON ignores key order and changes with any condition', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    const changed: { when: unknown }[] = structuredClone([...rules]);
    changed[1]!.when = { path: 'spasticity.modifiedAshworth', in: ['4'] };
    expect(hashRuleSet({ rules: changed })).not.toBe(hashRuleSet({ rules }));
  });
});
