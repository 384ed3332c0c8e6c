import { describe, expect, it } from 'vitest';
import { intakeSchema } from '../api/intake';
import { testIdentity as ruleSetIdentity } from '../fixtures/test-identity';
import { summarize } from '../rules/summarize';
import { examples } from './examples';

describe('worked examples', () => {
  it('are at least six, with unique kebab-case ids', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
    for (const example of examples) expect(example.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(examples.map((e) => [e.id, e] as const))('%s is a valid intake', (_id, example) => {
    expect(intakeSchema.safeParse(example.intake).error?.issues ?? []).toEqual([]);
  });

  it.each([
    ['ms-drowsiness', 'oral-side-effects'],
    ['child-cerebral-palsy', 'child-guidance'],
    ['spinal-cord-injury-t4', 'withdrawal-risk'],
    ['brain-injury-8-months', 'brain-injury-timing'],
    ['stroke-focal', 'focal-pattern'],
    ['much-missing', 'unsure-answers'],
    ['young-child', 'young-child'],
  ])('%s shows what it is there to show (%s)', (id, ruleId) => {
    const example = examples.find((e) => e.id === id)!;
    expect(summarize(example.intake, ruleSetIdentity).findings.map((f) => f.ruleId)).toContain(ruleId);
  });
});
