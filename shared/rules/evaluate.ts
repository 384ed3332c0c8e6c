import type { Because } from '../api/summary';
import type { Condition, Leaf, Rule } from './types';

// The one evaluator. Pure: data in, data out; no clock, no I/O, no logging.
// Each condition is compiled once (cached per condition object) into two
// closures: `test`, which only answers true or false, and `explain`, which
// lists the answers behind that truth. A request runs `test` on every rule and
// `explain` only on the rules that fired.

export type Outcome = { rule: Rule; matched: boolean; because: Because[] };

type Answers = object;
type Compiled = {
  test: (answers: Answers) => boolean;
  /** Pushes the answers that make the condition `truth`: for a failed `all`, only the parts that failed. */
  explain: (answers: Answers, truth: boolean, out: Because[]) => void;
};

function readKeys(answers: Answers, keys: readonly string[]): unknown {
  let value: unknown = answers;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Reads a dot path; a question that was not asked (e.g. dose when oral baclofen was not tried) is undefined. */
export const readPath = (answers: Answers, path: string): unknown => readKeys(answers, path.split('.'));

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

/** Every leaf of a condition, in reading order. */
export function leavesOf(condition: Condition): Leaf[] {
  if ('all' in condition) return condition.all.flatMap(leavesOf);
  if ('any' in condition) return condition.any.flatMap(leavesOf);
  if ('not' in condition) return leavesOf(condition.not);
  return [condition];
}

function compileGroup(children: Compiled[], every: boolean): Compiled {
  // `all` is true when every child is; `any` when some child is. The children
  // that decide the group's truth are the ones whose truth equals it (for a
  // true `any` or a false `all`), or all of them (for a true `all` or a false `any`).
  const test = every
    ? (answers: Answers) => children.every((child) => child.test(answers))
    : (answers: Answers) => children.some((child) => child.test(answers));
  const explain = (answers: Answers, truth: boolean, out: Because[]) => {
    const decidedByAll = truth === every;
    for (const child of children) {
      const childTruth = child.test(answers);
      if (decidedByAll || childTruth === truth) child.explain(answers, childTruth, out);
    }
  };
  return { test, explain };
}

function compile(condition: Condition): Compiled {
  if ('all' in condition) return compileGroup(condition.all.map(compile), true);
  if ('any' in condition) return compileGroup(condition.any.map(compile), false);
  if ('not' in condition) {
    const inner = compile(condition.not);
    return { test: (answers) => !inner.test(answers), explain: (answers, truth, out) => inner.explain(answers, !truth, out) };
  }
  const { path } = condition;
  const keys = path.split('.');
  const predicate = leafPredicate(condition);
  return {
    // A missing answer never matches: the question did not apply.
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

function compiledOf(condition: Condition): Compiled {
  let result = compiled.get(condition);
  if (!result) {
    result = compile(condition);
    compiled.set(condition, result);
  }
  return result;
}

/** Whether a condition holds for these answers (an intake, or the form's answers so far). */
export const conditionHolds = (condition: Condition, answers: Answers): boolean => compiledOf(condition).test(answers);

function uniqueByPath(entries: Because[]): Because[] {
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.path) && seen.add(entry.path));
}

/** The answers that made a condition true, each path once. */
export function becauseOf(condition: Condition, answers: Answers): Because[] {
  const out: Because[] = [];
  compiledOf(condition).explain(answers, true, out);
  return uniqueByPath(out);
}

/** Evaluate every rule: the summary also lists the rules that did not fire. */
export function evaluate(rules: readonly Rule[], answers: Answers): Outcome[] {
  return rules.map((rule) => {
    const matched = compiledOf(rule.when).test(answers);
    return { rule, matched, because: matched ? becauseOf(rule.when, answers) : [] };
  });
}
