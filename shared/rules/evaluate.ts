import type { Because } from '../api/summary';
import type { Intake } from '../api/intake';
import type { Condition, Leaf, Rule } from './types';

// The one evaluator. Pure: data in, data out; no clock, no I/O, no logging.

export type Outcome = { rule: Rule; matched: boolean; because: Because[] };

/** Reads a dot path; a question that was not asked (e.g. dose when oral baclofen was not tried) is undefined. */
export function readPath(intake: Intake, path: string): unknown {
  let value: unknown = intake;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function testLeaf(leaf: Leaf, value: unknown): boolean {
  // A missing answer never matches: the question did not apply.
  if (value === undefined) return false;
  if ('eq' in leaf) return value === leaf.eq;
  if ('ne' in leaf) return value !== leaf.ne;
  if ('in' in leaf) return leaf.in.some((option) => option === value);
  if ('lt' in leaf) return typeof value === 'number' && value < leaf.lt;
  if ('gte' in leaf) return typeof value === 'number' && value >= leaf.gte;
  if ('isNull' in leaf) return value === null;
  if ('notEmpty' in leaf) return Array.isArray(value) && value.length > 0;
  return Array.isArray(value) && value.length === 0;
}

/** Every leaf of a condition, in reading order. */
export function leavesOf(condition: Condition): Leaf[] {
  if ('all' in condition) return condition.all.flatMap(leavesOf);
  if ('any' in condition) return condition.any.flatMap(leavesOf);
  if ('not' in condition) return leavesOf(condition.not);
  return [condition];
}

type Result = { matched: boolean; because: Because[] };

function test(condition: Condition, intake: Intake): Result {
  if ('all' in condition) {
    const results = condition.all.map((child) => test(child, intake));
    const matched = results.every((result) => result.matched);
    return { matched, because: matched ? results.flatMap((result) => result.because) : [] };
  }
  if ('any' in condition) {
    // Every branch is evaluated, so `because` names each answer that matched, not just the first.
    const results = condition.any.map((child) => test(child, intake));
    return {
      matched: results.some((result) => result.matched),
      because: results.flatMap((result) => (result.matched ? result.because : [])),
    };
  }
  if ('not' in condition) {
    const inner = test(condition.not, intake);
    if (inner.matched) return { matched: false, because: [] };
    // "Not severe" is true because of the answers it read: show those.
    const read = leavesOf(condition.not).map((leaf) => ({ path: leaf.path, value: readPath(intake, leaf.path) }));
    return { matched: true, because: read.filter((entry) => entry.value !== undefined) };
  }
  const value = readPath(intake, condition.path);
  const matched = testLeaf(condition, value);
  return { matched, because: matched ? [{ path: condition.path, value }] : [] };
}

function uniqueByPath(entries: Because[]): Because[] {
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.path) && seen.add(entry.path));
}

/** Evaluate every rule: the summary also lists the rules that did not fire. */
export function evaluate(rules: readonly Rule[], intake: Intake): Outcome[] {
  return rules.map((rule) => {
    const result = test(rule.when, intake);
    return { rule, matched: result.matched, because: uniqueByPath(result.because) };
  });
}
