import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Because } from '../api/summary';
import { conditionHolds } from '../conditions/holds';
import { arbitraryIntake } from '../fixtures/arbitrary-intake';
import { busiestIntake } from '../fixtures/busiest-intake';
import { baseIntake } from '../fixtures/intakes';
import { questions } from '../questions/catalogue';
import { becauseOf, evaluate, rulesHolding } from './evaluate';
import { rules } from './rule-set';
import type { Condition, Leaf, Rule } from './types';

// The evaluator is tuned for speed (npm run bench:rules); its answers must stay
// those of the plain closure evaluator it replaced, kept here as the reference:
// the same truths and the same `because` lists, in the same order, on random
// valid intakes and on odd inputs (missing sections, inherited properties).

type Compiled = {
  test: (answers: object) => boolean;
  explain: (answers: object, truth: boolean, out: Because[]) => void;
};

function readKeys(answers: object, keys: readonly string[]): unknown {
  let value: unknown = answers;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function leafPredicate(leaf: Leaf): (value: unknown) => boolean {
  if ('eq' in leaf) return (value) => value === leaf.eq;
  if ('ne' in leaf) return (value) => value !== leaf.ne;
  if ('in' in leaf) return (value) => leaf.in.includes(value as never);
  if ('lt' in leaf) return (value) => typeof value === 'number' && value < leaf.lt;
  if ('gte' in leaf) return (value) => typeof value === 'number' && value >= leaf.gte;
  if ('isNull' in leaf) return (value) => value === null;
  if ('has' in leaf) return (value) => Array.isArray(value) && value.includes(leaf.has);
  if ('notEmpty' in leaf) return (value) => Array.isArray(value) && value.length > 0;
  return (value) => Array.isArray(value) && value.length === 0;
}

function compileGroup(children: Compiled[], every: boolean): Compiled {
  return {
    test: every
      ? (answers) => children.every((child) => child.test(answers))
      : (answers) => children.some((child) => child.test(answers)),
    explain: (answers, truth, out) => {
      const decidedByAll = truth === every;
      for (const child of children) {
        const childTruth = child.test(answers);
        if (decidedByAll || childTruth === truth) child.explain(answers, childTruth, out);
      }
    },
  };
}

function compile(condition: Condition): Compiled {
  if ('all' in condition) return compileGroup(condition.all.map(compile), true);
  if ('any' in condition) return compileGroup(condition.any.map(compile), false);
  if ('not' in condition) {
    const inner = compile(condition.not);
    return {
      test: (answers) => !inner.test(answers),
      explain: (answers, truth, out) => inner.explain(answers, !truth, out),
    };
  }
  const { path } = condition;
  const keys = path.split('.');
  const predicate = leafPredicate(condition);
  return {
    test: (answers) => {
      const value = readKeys(answers, keys);
      return value !== undefined && predicate(value);
    },
    explain: (answers, _truth, out) => {
      const value = readKeys(answers, keys);
      if (value !== undefined) out.push({ path, value });
    },
  };
}

const compiled = new WeakMap<Condition, Compiled>();
const compiledOf = (condition: Condition) =>
  compiled.get(condition) ?? compiled.set(condition, compile(condition)).get(condition)!;

const holds = (condition: Condition, answers: object) => compiledOf(condition).test(answers);

function because(condition: Condition, answers: object): Because[] {
  const out: Because[] = [];
  compiledOf(condition).explain(answers, true, out);
  const seen = new Set<string>();
  return out.filter((entry) => !seen.has(entry.path) && seen.add(entry.path));
}

const outcomes = (ruleList: readonly Rule[], answers: object) =>
  ruleList.map((rule) => {
    const matched = holds(rule.when, answers);
    return { rule, matched, because: matched ? because(rule.when, answers) : [] };
  });

const reference = { holds, because, outcomes };

const askedWhens = questions.flatMap((question) => (question.askedWhen ? [question.askedWhen] : []));

/** The differences from the reference on these answers, as readable lines (none when all agree). */
function differencesFromReference(answers: object): string[] {
  const found: string[] = [];
  const text = (value: unknown) => JSON.stringify(value);
  const expected = reference.outcomes(rules, answers);
  const outcomes = evaluate(rules, answers);
  if (outcomes.length !== expected.length) found.push(`${outcomes.length} outcomes, expected ${expected.length}`);
  expected.forEach((want, i) => {
    const got = outcomes[i];
    if (got?.rule !== want.rule || got.matched !== want.matched || text(got.because) !== text(want.because)) {
      found.push(
        `${want.rule.id}: ${text(got && { matched: got.matched, because: got.because })}, expected ${text({ matched: want.matched, because: want.because })}`,
      );
    }
  });
  const truths = rulesHolding(rules, answers);
  if (text(truths) !== text(expected.map((outcome) => outcome.matched))) found.push(`rulesHolding ${text(truths)}`);
  for (const condition of [...rules.map((rule) => rule.when), ...askedWhens]) {
    if (conditionHolds(condition, answers) !== reference.holds(condition, answers))
      found.push(`conditionHolds ${text(condition)}`);
    if (text(becauseOf(condition, answers)) !== text(reference.because(condition, answers)))
      found.push(`becauseOf ${text(condition)}`);
  }
  return found;
}

const expectSameAsReference = (answers: object) => {
  expect(differencesFromReference(answers)).toEqual([]);
};

describe('the evaluator against the closure evaluator it replaced', () => {
  it('gives the same outcomes, truths and because lists on 2,000 random valid intakes', () => {
    fc.assert(fc.property(arbitraryIntake, expectSameAsReference), { numRuns: 2000 });
  });

  it('gives the same on the example, the busiest intake, and odd inputs', () => {
    const inherited = Object.create({ goals: [] as string[], patient: { ageYears: 3 } }) as object;
    const withInherited = {
      ...baseIntake(),
      diagnosis: Object.create({ gmfcs: 'IV', condition: 'cerebral_palsy' }) as object,
    };
    for (const answers of [
      baseIntake(),
      busiestIntake(),
      {},
      [],
      inherited,
      withInherited,
      { patient: null, goals: 'none', spasticity: 3 },
    ]) {
      expectSameAsReference(answers);
    }
  });

  it('follows a rule list whose conditions change', () => {
    const list: Rule[] = rules.map((rule) => ({ ...rule }));
    const intake = baseIntake();
    expect(evaluate(list, intake)[0]!.matched).toBe(true);
    list[0] = { ...list[0]!, when: { path: 'diagnosis.condition', eq: 'stroke' } };
    expect(evaluate(list, intake)[0]!.matched).toBe(false);
    list.pop();
    expect(evaluate(list, intake)).toEqual(reference.outcomes(list, intake));
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
