import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionHolds, leavesOf, readPath } from '../conditions/holds';
import { arbitraryIntake } from '../fixtures/arbitrary-intake';
import { busiestIntake } from '../fixtures/busiest-intake';
import { baseIntake } from '../fixtures/intakes';
import { evaluate } from './evaluate';
import { rules } from './rule-set';
import type { Condition, Leaf, Rule } from './types';

// What the evaluator promises, on small conditions written for the purpose: each
// leaf's test, and the `because` list of a rule that fires. rules.test.ts checks
// the rule set's own truths against RULES.md.

const ruleOf = (when: Condition): Rule => ({
  id: 'test',
  level: 'info',
  title: 'Test',
  when,
  clinicianText: '',
  patientText: '',
  sources: [],
});

/** The paths a condition's `because` list names, or 'not fired'. */
function because(when: Condition, answers: object): string[] | 'not fired' {
  const [outcome] = evaluate([ruleOf(when)], answers);
  return outcome!.matched ? outcome!.because.map((entry) => entry.path) : 'not fired';
}

const shunt = (answer: string): Leaf => ({ path: 'considerations.shunt', eq: answer });
const seizures = (answer: string): Leaf => ({ path: 'considerations.seizures', eq: answer });
const age = { lt: (years: number): Leaf => ({ path: 'patient.ageYears', lt: years }) };
const answers = { considerations: { shunt: 'yes', seizures: 'none' }, patient: { ageYears: 10 } };

describe('leaves', () => {
  const cases: [Leaf, unknown, boolean][] = [
    [{ path: 'patient.mobility', eq: 'wheelchair' }, 'wheelchair', true],
    [{ path: 'patient.mobility', eq: 'wheelchair' }, 'walks_unaided', false],
    [{ path: 'patient.mobility', ne: 'wheelchair' }, 'walks_unaided', true],
    [{ path: 'patient.mobility', ne: 'wheelchair' }, 'wheelchair', false],
    [{ path: 'patient.mobility', in: ['wheelchair', 'bed'] }, 'bed', true],
    [{ path: 'patient.mobility', in: ['wheelchair', 'bed'] }, 'walks_unaided', false],
    [{ path: 'patient.ageYears', lt: 12 }, 11.5, true],
    [{ path: 'patient.ageYears', lt: 12 }, 12, false],
    [{ path: 'patient.ageYears', lt: 12 }, '3', false],
    [{ path: 'patient.ageYears', lt: 12 }, null, false],
    [{ path: 'patient.ageYears', gte: 12 }, 12, true],
    [{ path: 'patient.ageYears', gte: 12 }, 11, false],
    [{ path: 'patient.ageYears', gte: 12 }, '30', false],
    [{ path: 'patient.weightKg', isNull: true }, null, true],
    [{ path: 'patient.weightKg', isNull: true }, 0, false],
    [{ path: 'goals', has: 'comfort' }, ['care', 'comfort'], true],
    [{ path: 'goals', has: 'comfort' }, ['care'], false],
    [{ path: 'goals', has: 'comfort' }, 'comfort', false],
    [{ path: 'goals', notEmpty: true }, ['care'], true],
    [{ path: 'goals', notEmpty: true }, [], false],
    [{ path: 'goals', isEmpty: true }, [], true],
    [{ path: 'goals', isEmpty: true }, ['care'], false],
    [{ path: 'goals', isEmpty: true }, '', false],
  ];

  it.each(cases)('%j on %j: %s', (leaf, value, holds) => {
    const [section, key] = leaf.path.split('.') as [string, string | undefined];
    const answers = key === undefined ? { [section]: value } : { [section]: { [key]: value } };
    expect(conditionHolds(leaf, answers)).toBe(holds);
    expect(because(leaf, answers)).toEqual(holds ? [leaf.path] : 'not fired');
  });

  it('a missing answer never passes, whatever the test (the question did not apply)', () => {
    for (const [leaf] of cases) {
      expect(conditionHolds(leaf, {})).toBe(false);
      expect(conditionHolds(leaf, { patient: {}, goals: undefined })).toBe(false);
    }
  });

  it('an inherited property never reads as an answer', () => {
    expect(conditionHolds({ path: 'goals', isEmpty: true }, Object.create({ goals: [] }) as object)).toBe(false);
    const inheritedSection = { diagnosis: Object.create({ condition: 'stroke' }) as object };
    expect(conditionHolds({ path: 'diagnosis.condition', eq: 'stroke' }, inheritedSection)).toBe(false);
    expect(conditionHolds({ path: 'diagnosis.condition', eq: 'stroke' }, { diagnosis: { condition: 'stroke' } })).toBe(
      true,
    );
  });
});

describe('because: the answers that made a rule fire', () => {
  it('a true `all`: every part', () => {
    expect(because({ all: [shunt('yes'), age.lt(12)] }, answers)).toEqual(['considerations.shunt', 'patient.ageYears']);
  });

  it('a true `any`: every part that held, and only those', () => {
    expect(because({ any: [seizures('yes'), shunt('yes'), age.lt(12)] }, answers)).toEqual([
      'considerations.shunt',
      'patient.ageYears',
    ]);
  });

  it('a `not`: the parts that made the inner condition fail', () => {
    expect(because({ not: { all: [shunt('yes'), seizures('yes'), age.lt(5)] } }, answers)).toEqual([
      'considerations.seizures',
      'patient.ageYears',
    ]);
    expect(because({ not: { any: [seizures('yes'), age.lt(5)] } }, answers)).toEqual([
      'considerations.seizures',
      'patient.ageYears',
    ]);
    expect(because({ not: { not: shunt('yes') } }, answers)).toEqual(['considerations.shunt']);
  });

  it('nested groups: only the parts that gave each group its truth', () => {
    const when: Condition = {
      any: [
        { all: [shunt('yes'), seizures('yes')] }, // false: lists nothing
        { all: [shunt('yes'), { not: seizures('yes') }] },
      ],
    };
    expect(because(when, answers)).toEqual(['considerations.shunt', 'considerations.seizures']);
  });

  it('lists each path once, where it first appears', () => {
    const when: Condition = {
      all: [age.lt(12), { any: [shunt('yes'), age.lt(11)] }, { path: 'patient.ageYears', gte: 3 }],
    };
    expect(because(when, answers)).toEqual(['patient.ageYears', 'considerations.shunt']);
  });

  it('never lists a missing answer', () => {
    expect(because({ not: shunt('yes') }, {})).toEqual([]);
    expect(because({ any: [seizures('none'), { not: age.lt(12) }] }, { considerations: { seizures: 'none' } })).toEqual(
      ['considerations.seizures'],
    );
  });

  it('on random valid intakes: a fired rule names answers it reads, as they are, each once; an unfired one none', () => {
    fc.assert(
      fc.property(arbitraryIntake, (intake) => {
        const problems = evaluate(rules, intake).flatMap(({ rule, matched, because }) => {
          const read = new Set<string>(leavesOf(rule.when).map((leaf) => leaf.path));
          const paths = because.map((entry) => entry.path);
          return [
            matched !== conditionHolds(rule.when, intake) && 'matched differs from conditionHolds',
            !matched && because.length > 0 && 'lists answers but did not fire',
            new Set(paths).size !== paths.length && 'lists a path twice',
            ...because.map(
              ({ path, value }) =>
                (!read.has(path) || value === undefined || value !== readPath(intake, path)) && `lists ${path}`,
            ),
          ]
            .filter(Boolean)
            .map((problem) => `${rule.id}: ${problem}`);
        });
        expect(problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('evaluate', () => {
  it('reads odd inputs without throwing, and names no answer that is not there', () => {
    for (const odd of [
      {},
      [],
      { patient: null, goals: 'none', spasticity: 3 },
      Object.create(baseIntake()) as object,
    ]) {
      for (const outcome of evaluate(rules, odd)) expect(outcome.because).toEqual([]);
    }
  });

  it('follows a rule list whose conditions change', () => {
    const list: Rule[] = rules.map((rule) => ({ ...rule }));
    const intake = baseIntake();
    expect(evaluate(list, intake)[0]!.matched).toBe(true);
    list[0] = { ...list[0]!, when: { path: 'diagnosis.condition', eq: 'stroke' } };
    expect(evaluate(list, intake)[0]!.matched).toBe(false);
    list.pop();
    expect(evaluate(list, intake)).toEqual(evaluate([...list], intake));
    expect(evaluate(list, intake)).toHaveLength(rules.length - 1);
  });

  it('answers the same when called again, and from one call to the next shares no output', () => {
    const intake = busiestIntake();
    const first = evaluate(rules, intake);
    const firstCopy = structuredClone(first.map((outcome) => ({ ...outcome, rule: outcome.rule.id })));
    first.forEach((outcome) => outcome.because.push({ path: 'x', value: 1 }));
    evaluate(rules, baseIntake());
    const second = evaluate(rules, intake);
    expect(second.map((outcome) => ({ ...outcome, rule: outcome.rule.id }))).toEqual(firstCopy);
  });
});
