import { describe, expect, it } from 'vitest';
import { intakeSchema } from '../api/intake';
import { testIdentity } from '../fixtures/test-identity';
import { rules } from '../rules/rule-set';
import { summarize } from '../rules/summarize';
import { examples } from './examples';

const fired = (intake: (typeof examples)[number]['intake']) =>
  summarize(intake, testIdentity).findings.map((f) => f.ruleId);

describe('worked examples', () => {
  it('are at least ten, with unique kebab-case ids', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
    for (const example of examples) expect(example.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(examples.map((e) => [e.id, e] as const))(
    '%s is a valid intake v2 whose summary shows what it is there to show',
    (_id, example) => {
      expect(intakeSchema.safeParse(example.intake).error?.issues ?? []).toEqual([]);
      expect(example.shows.length).toBeGreaterThan(0);
      expect(fired(example.intake)).toEqual(expect.arrayContaining([...example.shows]));
    },
  );

  it('between them show every level and the new rules of 2.0', () => {
    const all = new Set(examples.flatMap((example) => fired(example.intake)));
    for (const level of ['indication', 'caution', 'consider', 'check', 'info'] as const) {
      expect(rules.some((rule) => rule.level === level && all.has(rule.id))).toBe(true);
    }
    for (const id of [
      'one-side-pattern',
      'gmfcs-typical',
      'current-pump',
      'autonomic-dysreflexia',
      'breathing-problems',
      'spinal-fusion-planned',
      'nutrition-body-size',
      'walks',
      'dystonia',
      'mri-needed',
      'previous-itb',
    ]) {
      expect(all, id).toContain(id);
    }
  });
});
