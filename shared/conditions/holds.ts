import type { Condition, Leaf } from './grammar';

// Answers read by dot path, and whether a condition holds on them: what the
// question catalogue needs (a follow-up is asked while its condition holds),
// the form and the FHIR code read answers with, and the rule engine
// (shared/rules/evaluate.ts) gives the same truths as, with the answers behind them.

type Answers = object;

/** The answer at these keys; an inherited property (a polluted prototype) is no answer. */
export function readKeys(answers: unknown, keys: readonly string[]): unknown {
  let value: unknown = answers;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Reads a dot path; a question that was not asked (e.g. dose when oral baclofen was not tried) is undefined. */
export const readPath = (answers: unknown, path: string): unknown => readKeys(answers, path.split('.'));

/** Every leaf of a condition, in reading order. */
export function leavesOf(condition: Condition): Leaf[] {
  if ('all' in condition) return condition.all.flatMap(leavesOf);
  if ('any' in condition) return condition.any.flatMap(leavesOf);
  if ('not' in condition) return leavesOf(condition.not);
  return [condition];
}

function leafHolds(leaf: Leaf, value: unknown): boolean {
  // A missing answer never matches: the question did not apply.
  if (value === undefined) return false;
  if ('eq' in leaf) return value === leaf.eq;
  if ('ne' in leaf) return value !== leaf.ne;
  if ('in' in leaf) return (leaf.in as readonly unknown[]).includes(value);
  if ('lt' in leaf) return typeof value === 'number' && value < leaf.lt;
  if ('gte' in leaf) return typeof value === 'number' && value >= leaf.gte;
  if ('isNull' in leaf) return value === null;
  if ('has' in leaf) return Array.isArray(value) && value.includes(leaf.has);
  if ('notEmpty' in leaf) return Array.isArray(value) && value.length > 0;
  return Array.isArray(value) && value.length === 0;
}

/** Whether a condition holds for these answers (an intake, or the form's answers so far). */
export function conditionHolds(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((child) => conditionHolds(child, answers));
  if ('any' in condition) return condition.any.some((child) => conditionHolds(child, answers));
  if ('not' in condition) return !conditionHolds(condition.not, answers);
  return leafHolds(condition, readPath(answers, condition.path));
}
