import { describe, expect, it } from 'vitest';
import { changelog } from '../../shared/rules/changelog';
import { ruleSet, rules } from '../../shared/rules/rule-set';
import { canonicalJson, hashRuleSet, ruleSetIdentity } from './rule-set-identity';

const semver = (version: string) => version.split('.').map(Number);
const newer = (a: string, b: string) => {
  const [x, y] = [semver(a), semver(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! > y[i]!;
  return false;
};

describe('rule set identity', () => {
  it('has the hash pinned in the newest changelog entry: a rule change without a new version fails here', () => {
    const latest = changelog.at(-1)!;
    const hash = hashRuleSet();
    // The hash covers the version and date too, so the message gives the hash of the entry to add.
    const [major, minor] = semver(latest.version);
    const next = { version: `${major}.${minor! + 1}.0`, date: new Date().toISOString().slice(0, 10) };
    const nextHash = hashRuleSet({ ...ruleSet, version: next.version, reviewed: next.date });
    expect(
      latest.hash,
      `The rule set changed (a condition, text or source). Add this entry to the end of shared/rules/changelog.ts, saying what changed (another version or date gives another hash; run again): { version: '${next.version}', date: '${next.date}', hash: '${nextHash}', changes: ['…'] }`,
    ).toBe(hash);
    expect(ruleSetIdentity).toEqual({ id: 'itb-referral', version: latest.version, hash, reviewed: latest.date });
  });

  it('keeps a changelog with rising versions, dates and distinct hashes, each saying what changed', () => {
    for (const [index, release] of changelog.entries()) {
      expect(release.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(release.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(release.changes.length).toBeGreaterThan(0);
      const previous = changelog[index - 1];
      if (!previous) continue;
      expect(newer(release.version, previous.version)).toBe(true);
      expect(release.date >= previous.date).toBe(true);
      expect(release.hash).not.toBe(previous.hash);
    }
  });

  it('canonical JSON ignores key order; the hash changes with any condition, text or version', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    const changed = structuredClone([...rules]) as { when: unknown; patientText: string }[];
    changed[1]!.when = { path: 'spasticity.modifiedAshworth', in: ['4'] };
    expect(hashRuleSet({ ...ruleSet, rules: changed })).not.toBe(hashRuleSet());
    const reworded = structuredClone([...rules]) as { patientText: string }[];
    reworded[0]!.patientText += ' ';
    expect(hashRuleSet({ ...ruleSet, rules: reworded })).not.toBe(hashRuleSet());
    expect(hashRuleSet({ ...ruleSet, version: '2.0.1' })).not.toBe(hashRuleSet());
  });
});
