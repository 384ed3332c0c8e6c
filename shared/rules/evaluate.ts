import type { Because } from '../api/summary';
import type { Intake } from '../api/intake';
import type { Condition, Leaf, Rule } from './types';

// The one evaluator. Pure: data in, data out; no clock, no I/O, no logging.
// Each condition is turned once into a small test function (cached per rule
// object), so a request does no parsing of paths or operators.

export type Outcome = { rule: Rule; matched: boolean; because: Because[] };

type Result = { matched: boolean; because: Because[] };
type Test = (intake: Intake) => Result;

const noMatch: Result = { matched: false, because: [] };

/** Reads a dot path; a question that was not asked (e.g. dose when oral baclofen was not tried) is undefined. */
export function readPath(intake: Intake, path: string): unknown {
  return readKeys(intake, path.split('.'));
}

function readKeys(intake: Intake, keys: readonly string[]): unknown {
  let value: unknown = intake;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function leafPredicate(leaf: Leaf): (value: unknown) => boolean {
  if ('eq' in leaf) return (value) => value === leaf.eq;
  if ('ne' in leaf) return (value) => value !== leaf.ne;
  if ('in' in leaf) return (value) => leaf.in.some((option) => option === value);
  if ('lt' in leaf) return (value) => typeof value === 'number' && value < leaf.lt;
  if ('gte' in leaf) return (value) => typeof value === 'number' && value >= leaf.gte;
  if ('isNull' in leaf) return (value) => value === null;
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

function compile(condition: Condition): Test {
  if ('all' in condition) {
    const children = condition.all.map(compile);
    return (intake) => {
      const because: Because[] = [];
      for (const child of children) {
        const result = child(intake);
        if (!result.matched) return noMatch;
        because.push(...result.because);
      }
      return { matched: true, because };
    };
  }
  if ('any' in condition) {
    // Every branch is evaluated, so `because` names each answer that matched, not just the first.
    const children = condition.any.map(compile);
    return (intake) => {
      const because: Because[] = [];
      let matched = false;
      for (const child of children) {
        const result = child(intake);
        if (result.matched) {
          matched = true;
          because.push(...result.because);
        }
      }
      return matched ? { matched, because } : noMatch;
    };
  }
  if ('not' in condition) {
    const inner = compile(condition.not);
    const read = leavesOf(condition.not).map((leaf) => ({ path: leaf.path, keys: leaf.path.split('.') }));
    return (intake) => {
      if (inner(intake).matched) return noMatch;
      // "Not severe" is true because of the answers it read: show those.
      const because = read
        .map(({ path, keys }) => ({ path, value: readKeys(intake, keys) }))
        .filter((entry) => entry.value !== undefined);
      return { matched: true, because };
    };
  }
  const { path } = condition;
  const keys = path.split('.');
  const predicate = leafPredicate(condition);
  return (intake) => {
    const value = readKeys(intake, keys);
    // A missing answer never matches: the question did not apply.
    return value !== undefined && predicate(value) ? { matched: true, because: [{ path, value }] } : noMatch;
  };
}

const compiled = new WeakMap<Condition, Test>();

function testOf(condition: Condition): Test {
  let test = compiled.get(condition);
  if (!test) {
    test = compile(condition);
    compiled.set(condition, test);
  }
  return test;
}

function uniqueByPath(entries: Because[]): Because[] {
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.path) && seen.add(entry.path));
}

/** Evaluate every rule: the summary also lists the rules that did not fire. */
export function evaluate(rules: readonly Rule[], intake: Intake): Outcome[] {
  return rules.map((rule) => {
    const result = testOf(rule.when)(intake);
    return { rule, matched: result.matched, because: result.matched ? uniqueByPath(result.because) : [] };
  });
}
