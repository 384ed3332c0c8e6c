import { readKeys } from '../conditions/holds';
import type { Because } from '../api/summary';
import type { Condition, Leaf, Rule } from './types';

// The one evaluator. Pure: data in, data out; no clock, no I/O, no logging.
//
// The conditions of a rule list (or one condition) are compiled once into
// closures: `holds` says whether a condition is true, `explain` which answers
// made it so (the `because` list). A call first reads each answer they use,
// once, into an array with a slot per path (each section of the intake read
// once too), then runs the closures on it. No code is generated (no eval, no
// new Function): it runs under a CSP without eval.

export type Outcome = { rule: Rule; matched: boolean; because: Because[] };

/** The answers of one call, a slot per path; undefined where an answer is missing. */
type Values = readonly unknown[];

type Compiled = {
  holds: (values: Values) => boolean;
  /** Adds to `out` the answers that gave the condition its truth, `truth` (what `holds` says); each path once. */
  explain: (values: Values, truth: boolean, out: Because[]) => void;
};

/** A leaf's test of the answer in its slot. A missing answer (undefined) never passes: the question did not apply. */
function leafHolds(leaf: Leaf, slot: number): Compiled['holds'] {
  if ('eq' in leaf) return (values) => values[slot] === leaf.eq;
  if ('ne' in leaf) return (values) => values[slot] !== undefined && values[slot] !== leaf.ne;
  if ('in' in leaf) return (values) => (leaf.in as readonly unknown[]).includes(values[slot]);
  if ('lt' in leaf) return (values) => typeof values[slot] === 'number' && (values[slot] as number) < leaf.lt;
  if ('gte' in leaf) return (values) => typeof values[slot] === 'number' && (values[slot] as number) >= leaf.gte;
  if ('isNull' in leaf) return (values) => values[slot] === null;
  if ('has' in leaf) return (values) => Array.isArray(values[slot]) && (values[slot] as unknown[]).includes(leaf.has);
  if ('notEmpty' in leaf) return (values) => Array.isArray(values[slot]) && (values[slot] as unknown[]).length > 0;
  return (values) => Array.isArray(values[slot]) && (values[slot] as unknown[]).length === 0;
}

function compileLeaf(leaf: Leaf, slot: number): Compiled {
  // Taken from the leaf once: leaves come in nine shapes, and reading a property
  // across many shapes on every call made evaluate() about 10 % slower.
  const { path } = leaf;
  return {
    holds: leafHolds(leaf, slot),
    // A leaf explains its truth with its answer, if there is one.
    explain: (values, _truth, out) => {
      const value = values[slot];
      if (value === undefined) return;
      for (const entry of out) if (entry.path === path) return; // each path once
      out.push({ path, value });
    },
  };
}

/**
 * `all` holds when every part does, `any` when one part does. The parts with
 * the group's truth gave it: every part of a true `all` (or a false `any`), the
 * parts that held in a true `any`, the parts that failed in a false `all`.
 */
function compileGroup(parts: readonly Compiled[], isAll: boolean): Compiled {
  return {
    holds: (values) => {
      for (const part of parts) if (part.holds(values) !== isAll) return !isAll;
      return isAll;
    },
    explain: (values, truth, out) => {
      for (const part of parts) if (truth === isAll || part.holds(values) === truth) part.explain(values, truth, out);
    },
  };
}

/** A `not` holds when its inner condition fails; the answers that made that fail explain it. */
const compileNot = (inner: Compiled): Compiled => ({
  holds: (values) => !inner.holds(values),
  explain: (values, truth, out) => inner.explain(values, !truth, out),
});

/** Conditions compiled together, and how to read the answers they use. */
type Program = { conditions: readonly Condition[]; compiled: Compiled[]; read: (answers: object) => Values };

function compileAll(conditions: readonly Condition[]): Program {
  const slots = new Map<string, number>();
  // A path's first key names a section of the intake ('patient'); the keys after it, an answer inside.
  const sections: string[][] = [];
  const inSection: { section: number; keys: string[] }[] = [];
  const compile = (condition: Condition): Compiled => {
    if ('all' in condition) return compileGroup(condition.all.map(compile), true);
    if ('any' in condition) return compileGroup(condition.any.map(compile), false);
    if ('not' in condition) return compileNot(compile(condition.not));
    let slot = slots.get(condition.path);
    if (slot === undefined) {
      const [first, ...keys] = condition.path.split('.');
      let section = sections.findIndex(([key]) => key === first);
      if (section < 0) section = sections.push([first!]) - 1;
      slots.set(condition.path, (slot = inSection.push({ section, keys }) - 1));
    }
    return compileLeaf(condition, slot);
  };
  const compiled = conditions.map(compile);
  const read = (answers: object) => {
    const sectionValues = sections.map((keys) => readKeys(answers, keys));
    return inSection.map(({ section, keys }) => readKeys(sectionValues[section], keys));
  };
  return { conditions, compiled, read };
}

const programs = new WeakMap<readonly Rule[], Program>();

/** A rule list's program, made from the conditions its rules have now: a list whose rule was replaced gets a new one. */
function programOf(rules: readonly Rule[]): Program {
  const program = programs.get(rules);
  if (program?.conditions.length === rules.length && program.conditions.every((when, i) => when === rules[i]!.when))
    return program;
  const made = compileAll(rules.map((rule) => rule.when));
  programs.set(rules, made);
  return made;
}

/** Every rule, whether it fired and the answers that made it fire: the summary also lists the rules that did not. */
export function evaluate(rules: readonly Rule[], answers: object): Outcome[] {
  const { compiled, read } = programOf(rules);
  const values = read(answers);
  return compiled.map((condition, i) => {
    const matched = condition.holds(values);
    const because: Because[] = [];
    if (matched) condition.explain(values, true, because);
    return { rule: rules[i]!, matched, because };
  });
}
