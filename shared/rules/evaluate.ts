import type { Because } from '../api/summary';
import type { Condition, Leaf, Rule } from './types';

// The one evaluator. Pure: data in, data out; no clock, no I/O, no logging.
//
// The conditions are compiled once (cached per rule list, or per condition) into
// a plan: the distinct answers they read, the distinct leaves that test them,
// and each condition as a tree over those leaves. A call reads each answer once,
// tests each leaf once, combines the leaves into each condition's truth, and
// lists the answers behind that truth (the `because` list) only for the rules
// that fired. No code is generated (no eval, no new Function): the plan is data
// walked by a few fixed functions, so it runs under a CSP without eval.

export type Outcome = { rule: Rule; matched: boolean; because: Because[] };

type Answers = object;

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

/** Every leaf of a condition, in reading order. */
export function leavesOf(condition: Condition): Leaf[] {
  if ('all' in condition) return condition.all.flatMap(leavesOf);
  if ('any' in condition) return condition.any.flatMap(leavesOf);
  if ('not' in condition) return leavesOf(condition.not);
  return [condition];
}

// Leaf operators and node kinds as small integers: the hot loops switch on them.
const EQ = 0, NE = 1, IN = 2, LT = 3, GTE = 4, IS_NULL = 5, HAS = 6, NOT_EMPTY = 7, IS_EMPTY = 8;
const LEAF = 0, ALL = 1, ANY = 2, NOT = 3;

/** One shape for every node, so the walks below see a single hidden class. */
class Node {
  constructor(
    readonly kind: number,
    /** LEAF: the leaf's index. */
    readonly leaf: number,
    /** ALL, ANY: the children; NOT: its one child. */
    readonly children: readonly Node[],
  ) {}
}

/** A path read from the answers: its section (first key) and the key inside it, or all its keys when deeper. */
type Slot = { path: string; keys: readonly string[] };

class Plan {
  readonly slots: Slot[] = [];
  readonly slotOf = new Map<string, number>();
  /** Per leaf: operator, slot it reads, operand. */
  readonly ops: number[] = [];
  readonly leafSlot: number[] = [];
  readonly operands: unknown[] = [];
  readonly leafOf = new Map<string, number>();
  readonly roots: Node[];
  /** Scratch, reused by every call (a call never re-enters): each answer, each leaf's truth, and a stamp per slot for the because lists. */
  private readonly values: unknown[];
  private readonly truths: boolean[];
  private readonly stamps: number[];
  private stamp = 0;
  /** Sections read at depth 1 and the depth-2 paths inside each: [section key, slot of the section itself or -1, [key, slot]...]. */
  private readonly sections: { key: string; slot: number; fields: { key: string; slot: number }[] }[] = [];
  private readonly deep: number[] = [];

  constructor(conditions: readonly Condition[]) {
    this.roots = conditions.map((condition) => this.node(condition));
    this.values = new Array<unknown>(this.slots.length).fill(undefined);
    this.truths = new Array<boolean>(this.ops.length).fill(false);
    this.stamps = new Array<number>(this.slots.length).fill(0);
    const sectionOf = new Map<string, (typeof this.sections)[number]>();
    const section = (key: string) => {
      let found = sectionOf.get(key);
      if (!found) {
        this.sections.push((found = { key, slot: -1, fields: [] }));
        sectionOf.set(key, found);
      }
      return found;
    };
    this.slots.forEach(({ keys }, slot) => {
      if (keys.length === 1) section(keys[0]!).slot = slot;
      else if (keys.length === 2) section(keys[0]!).fields.push({ key: keys[1]!, slot });
      else this.deep.push(slot);
    });
  }

  private node(condition: Condition): Node {
    if ('all' in condition) return new Node(ALL, -1, condition.all.map((child) => this.node(child)));
    if ('any' in condition) return new Node(ANY, -1, condition.any.map((child) => this.node(child)));
    if ('not' in condition) return new Node(NOT, -1, [this.node(condition.not)]);
    return new Node(LEAF, this.leaf(condition), []);
  }

  private leaf(leaf: Leaf): number {
    const { path, ...test } = leaf;
    const id = `${path} ${JSON.stringify(test)}`;
    let index = this.leafOf.get(id);
    if (index !== undefined) return index;
    let slot = this.slotOf.get(path);
    if (slot === undefined) {
      slot = this.slots.push({ path, keys: path.split('.') }) - 1;
      this.slotOf.set(path, slot);
    }
    const [op, operand] =
      'eq' in leaf ? [EQ, leaf.eq]
      : 'ne' in leaf ? [NE, leaf.ne]
      : 'in' in leaf ? [IN, leaf.in]
      : 'lt' in leaf ? [LT, leaf.lt]
      : 'gte' in leaf ? [GTE, leaf.gte]
      : 'isNull' in leaf ? [IS_NULL, null]
      : 'has' in leaf ? [HAS, leaf.has]
      : 'notEmpty' in leaf ? [NOT_EMPTY, null]
      : [IS_EMPTY, null];
    index = this.ops.push(op) - 1;
    this.leafSlot.push(slot);
    this.operands.push(operand);
    this.leafOf.set(id, index);
    return index;
  }

  /** Reads every answer the plan needs once, then tests every leaf once. */
  run(answers: Answers): void {
    const values = this.values;
    const isObject = typeof answers === 'object' && answers !== null;
    for (const { key, slot, fields } of this.sections) {
      const section: unknown = isObject && Object.hasOwn(answers, key) ? (answers as Record<string, unknown>)[key] : undefined;
      if (slot >= 0) values[slot] = section;
      const inside = typeof section === 'object' && section !== null;
      for (const field of fields) {
        values[field.slot] = inside && Object.hasOwn(section, field.key) ? (section as Record<string, unknown>)[field.key] : undefined;
      }
    }
    for (const slot of this.deep) values[slot] = readKeys(answers, this.slots[slot]!.keys);

    const { ops, leafSlot, operands, truths } = this;
    for (let i = 0; i < ops.length; i++) {
      const value = values[leafSlot[i]!];
      const operand = operands[i];
      let truth: boolean;
      // A missing answer never matches: the question did not apply.
      if (value === undefined) truth = false;
      else {
        switch (ops[i]) {
          case EQ:
            truth = value === operand;
            break;
          case NE:
            truth = value !== operand;
            break;
          case IN:
            truth = (operand as readonly unknown[]).includes(value);
            break;
          case LT:
            truth = typeof value === 'number' && value < (operand as number);
            break;
          case GTE:
            truth = typeof value === 'number' && value >= (operand as number);
            break;
          case IS_NULL:
            truth = value === null;
            break;
          case HAS:
            truth = Array.isArray(value) && value.includes(operand);
            break;
          case NOT_EMPTY:
            truth = Array.isArray(value) && value.length > 0;
            break;
          default:
            truth = Array.isArray(value) && value.length === 0;
        }
      }
      truths[i] = truth;
    }
  }

  /** A node's truth, from the leaf truths of the last run. */
  holds(node: Node): boolean {
    switch (node.kind) {
      case LEAF:
        return this.truths[node.leaf]!;
      case ALL:
        for (const child of node.children) if (!this.holds(child)) return false;
        return true;
      case ANY:
        for (const child of node.children) if (this.holds(child)) return true;
        return false;
      default:
        return !this.holds(node.children[0]!);
    }
  }

  /** The answers that make `node` have `truth`, each path once, in reading order. */
  because(node: Node): Because[] {
    const out: Because[] = [];
    this.stamp++;
    this.explain(node, true, out);
    return out;
  }

  /**
   * `all` is true when every child is; `any` when some child is. The children
   * that decide a group's truth are the ones whose truth equals it (for a true
   * `any` or a false `all`), or all of them (for a true `all` or a false `any`).
   */
  private explain(node: Node, truth: boolean, out: Because[]): void {
    switch (node.kind) {
      case LEAF: {
        const slot = this.leafSlot[node.leaf]!;
        const value = this.values[slot];
        if (value !== undefined && this.stamps[slot] !== this.stamp) {
          this.stamps[slot] = this.stamp;
          out.push({ path: this.slots[slot]!.path, value });
        }
        return;
      }
      case NOT:
        return this.explain(node.children[0]!, !truth, out);
      default: {
        const decidedByAll = truth === (node.kind === ALL);
        for (const child of node.children) {
          const childTruth = this.holds(child);
          if (decidedByAll || childTruth === truth) this.explain(child, childTruth, out);
        }
      }
    }
  }
}

const conditionPlans = new WeakMap<Condition, Plan>();

function planOfCondition(condition: Condition): Plan {
  let plan = conditionPlans.get(condition);
  if (!plan) conditionPlans.set(condition, (plan = new Plan([condition])));
  return plan;
}

/** A rule list's plan, with the conditions it was made from: a rule whose condition was replaced makes a new plan. */
const rulePlans = new WeakMap<readonly Rule[], { plan: Plan; whens: Condition[] }>();

function planOfRules(rules: readonly Rule[]): Plan {
  const cached = rulePlans.get(rules);
  if (cached && cached.whens.length === rules.length && cached.whens.every((when, i) => when === rules[i]!.when)) return cached.plan;
  const whens = rules.map((rule) => rule.when);
  const plan = new Plan(whens);
  rulePlans.set(rules, { plan, whens });
  return plan;
}

/** Whether a condition holds for these answers (an intake, or the form's answers so far). */
export function conditionHolds(condition: Condition, answers: Answers): boolean {
  const plan = planOfCondition(condition);
  plan.run(answers);
  return plan.holds(plan.roots[0]!);
}

/** The answers that made a condition true, each path once. */
export function becauseOf(condition: Condition, answers: Answers): Because[] {
  const plan = planOfCondition(condition);
  plan.run(answers);
  return plan.because(plan.roots[0]!);
}

/** Whether each rule's condition holds, in rule order: the truths alone, without the `because` lists. */
export function rulesHolding(rules: readonly Rule[], answers: Answers): boolean[] {
  const plan = planOfRules(rules);
  plan.run(answers);
  return plan.roots.map((root) => plan.holds(root));
}

/** Evaluate every rule: the summary also lists the rules that did not fire. */
export function evaluate(rules: readonly Rule[], answers: Answers): Outcome[] {
  const plan = planOfRules(rules);
  plan.run(answers);
  const { roots } = plan;
  const outcomes: Outcome[] = [];
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i]!;
    const matched = plan.holds(root);
    outcomes.push({ rule: rules[i]!, matched, because: matched ? plan.because(root) : [] });
  }
  return outcomes;
}
