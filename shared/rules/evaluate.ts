import { readKeys } from '../api/paths';
import type { Because } from '../api/summary';
import type { Condition, Rule } from './types';

// The one evaluator. Pure: data in, data out; no clock, no I/O, no logging.
//
// The conditions are compiled once (cached per rule list, or per condition) into
// a plan: the distinct answers they read, and each condition as a tree of nodes
// of one shape. A call reads each answer once, walks each condition (leaves
// tested as the walk reaches them, so `all` and `any` stop early), and lists
// the answers behind a truth (the `because` list) only for the rules that fired.
// No code is generated (no eval, no new Function): the plan is data walked by a
// few fixed functions, so it runs under a CSP without eval. A plan keeps the
// answers of the call in progress in scratch arrays of its own, so a call must
// not start another on the same plan before it returns (nothing it calls can:
// it reads plain data).

export type Outcome = { rule: Rule; matched: boolean; because: Because[] };

type Answers = object;

// Node kinds and leaf operators as small integers: the walks switch on them.
const LEAF = 0,
  ALL = 1,
  ANY = 2,
  NOT = 3;
const EQ = 0,
  NE = 1,
  IN = 2,
  LT = 3,
  GTE = 4,
  IS_NULL = 5,
  HAS = 6,
  NOT_EMPTY = 7,
  IS_EMPTY = 8;

/** One shape for every node, so the walks below see a single hidden class. */
class Node {
  constructor(
    readonly kind: number,
    /** ALL, ANY: the children; NOT: its one child. */
    readonly children: readonly Node[],
    /** LEAF: the operator, the slot of the answer it reads, and the operand. */
    readonly op: number,
    readonly slot: number,
    readonly operand: unknown,
  ) {}

  /** ANY: the first child found true, in the plan's run `firstTrueRun` (scratch for the because lists). */
  firstTrue = -1;
  firstTrueRun = -1;
}

/** A path read from the answers. */
type Slot = { path: string; keys: readonly string[] };

class Plan {
  private readonly slots: Slot[] = [];
  private readonly slotOf = new Map<string, number>();
  readonly roots: Node[];
  /** Scratch, reused by every call: each answer, and a stamp per slot for the because lists. */
  private readonly values: unknown[];
  private readonly stamps: number[];
  private stamp = 0;
  /** Counts the calls of run(). */
  private runs = 0;
  /** The answers to read: each section (first key), the slot of the section itself (or -1), and where its keys end in fieldKeys. */
  private readonly sectionKeys: string[] = [];
  private readonly sectionSlots: number[] = [];
  private readonly sectionEnds: number[] = [];
  /** The keys read inside the sections, section by section, and their slots. */
  private readonly fieldKeys: string[] = [];
  private readonly fieldSlots: number[] = [];
  /** Paths deeper than section.key, read key by key. */
  private readonly deep: number[] = [];

  constructor(readonly conditions: readonly Condition[]) {
    this.roots = conditions.map((condition) => this.node(condition));
    this.values = new Array<unknown>(this.slots.length).fill(undefined);
    this.stamps = new Array<number>(this.slots.length).fill(0);
    const sections = new Map<string, { slot: number; fields: [string, number][] }>();
    this.slots.forEach(({ keys }, slot) => {
      if (keys.length > 2) {
        this.deep.push(slot);
        return;
      }
      let section = sections.get(keys[0]!);
      if (!section) sections.set(keys[0]!, (section = { slot: -1, fields: [] }));
      if (keys.length === 1) section.slot = slot;
      else section.fields.push([keys[1]!, slot]);
    });
    for (const [key, { slot, fields }] of sections) {
      this.sectionKeys.push(key);
      this.sectionSlots.push(slot);
      for (const [field, fieldSlot] of fields) {
        this.fieldKeys.push(field);
        this.fieldSlots.push(fieldSlot);
      }
      this.sectionEnds.push(this.fieldKeys.length);
    }
  }

  private node(condition: Condition): Node {
    if ('all' in condition)
      return new Node(
        ALL,
        condition.all.map((child) => this.node(child)),
        -1,
        -1,
        null,
      );
    if ('any' in condition)
      return new Node(
        ANY,
        condition.any.map((child) => this.node(child)),
        -1,
        -1,
        null,
      );
    if ('not' in condition) return new Node(NOT, [this.node(condition.not)], -1, -1, null);
    const { path } = condition;
    let slot = this.slotOf.get(path);
    if (slot === undefined) {
      slot = this.slots.push({ path, keys: path.split('.') }) - 1;
      this.slotOf.set(path, slot);
    }
    const [op, operand] =
      'eq' in condition
        ? [EQ, condition.eq]
        : 'ne' in condition
          ? [NE, condition.ne]
          : 'in' in condition
            ? [IN, condition.in]
            : 'lt' in condition
              ? [LT, condition.lt]
              : 'gte' in condition
                ? [GTE, condition.gte]
                : 'isNull' in condition
                  ? [IS_NULL, null]
                  : 'has' in condition
                    ? [HAS, condition.has]
                    : 'notEmpty' in condition
                      ? [NOT_EMPTY, null]
                      : [IS_EMPTY, null];
    return new Node(LEAF, [], op, slot, operand);
  }

  /** Reads every answer the plan needs, once. */
  run(answers: Answers): void {
    this.runs++;
    const { values, sectionKeys, sectionSlots, sectionEnds, fieldKeys, fieldSlots } = this;
    const isObject = typeof answers === 'object' && answers !== null;
    let f = 0;
    for (let s = 0; s < sectionKeys.length; s++) {
      const key = sectionKeys[s]!;
      const section: unknown =
        isObject && Object.hasOwn(answers, key) ? (answers as Record<string, unknown>)[key] : undefined;
      const slot = sectionSlots[s]!;
      if (slot >= 0) values[slot] = section;
      const end = sectionEnds[s]!;
      if (typeof section === 'object' && section !== null) {
        for (; f < end; f++) {
          const field = fieldKeys[f]!;
          values[fieldSlots[f]!] = Object.hasOwn(section, field)
            ? (section as Record<string, unknown>)[field]
            : undefined;
        }
      } else for (; f < end; f++) values[fieldSlots[f]!] = undefined;
    }
    for (const slot of this.deep) values[slot] = readKeys(answers, this.slots[slot]!.keys);
  }

  /** A leaf's truth on the answers of the last run. */
  private leafHolds(leaf: Node): boolean {
    const value = this.values[leaf.slot];
    // A missing answer never matches: the question did not apply.
    if (value === undefined) return false;
    const operand = leaf.operand;
    switch (leaf.op) {
      case EQ:
        return value === operand;
      case NE:
        return value !== operand;
      case IN:
        return (operand as readonly unknown[]).includes(value);
      case LT:
        return typeof value === 'number' && value < (operand as number);
      case GTE:
        return typeof value === 'number' && value >= (operand as number);
      case IS_NULL:
        return value === null;
      case HAS:
        return Array.isArray(value) && value.includes(operand);
      case NOT_EMPTY:
        return Array.isArray(value) && value.length > 0;
      default:
        return Array.isArray(value) && value.length === 0;
    }
  }

  /** A node's truth on the answers of the last run. */
  holds(node: Node): boolean {
    switch (node.kind) {
      case LEAF:
        return this.leafHolds(node);
      case ALL:
        for (const child of node.children) if (!this.holds(child)) return false;
        return true;
      case ANY: {
        const { children } = node;
        for (let i = 0; i < children.length; i++) {
          if (this.holds(children[i]!)) {
            node.firstTrue = i;
            node.firstTrueRun = this.runs;
            return true;
          }
        }
        return false;
      }
      default:
        return !this.holds(node.children[0]!);
    }
  }

  /** The answers that would make `node` true (those that did, when it holds: `isTrue`), each path once, in reading order. */
  because(node: Node, isTrue: boolean): Because[] {
    if (node.kind === LEAF) {
      // Most rules are one leaf.
      const value = this.values[node.slot];
      return value === undefined ? [] : [{ path: this.slots[node.slot]!.path, value }];
    }
    const out: Because[] = [];
    this.stamp++;
    this.explain(node, true, isTrue, out);
    return out;
  }

  /**
   * `all` is true when every child is; `any` when some child is. The children
   * that decide a group's truth are the ones whose truth equals it (for a true
   * `any` or a false `all`), or all of them (for a true `all` or a false `any`).
   */
  private explain(node: Node, truth: boolean, known: boolean, out: Because[]): void {
    switch (node.kind) {
      case LEAF: {
        const slot = node.slot;
        const value = this.values[slot];
        if (value !== undefined && this.stamps[slot] !== this.stamp) {
          this.stamps[slot] = this.stamp;
          out.push({ path: this.slots[slot]!.path, value });
        }
        return;
      }
      case NOT:
        return this.explain(node.children[0]!, !truth, known, out);
      default: {
        const { children } = node;
        const decidedByAll = truth === (node.kind === ALL);
        // When `truth` is the node's own (`known`), a true `all` has only true
        // children and a false `any` only false ones, and a true `any` has only
        // false children before the first one found true: no need to test them again.
        if (known && decidedByAll) {
          for (const child of children) this.explain(child, truth, true, out);
          return;
        }
        let i = 0;
        if (known && node.kind === ANY && node.firstTrueRun === this.runs) i = node.firstTrue;
        for (; i < children.length; i++) {
          const child = children[i]!;
          const childTruth = this.holds(child);
          if (decidedByAll || childTruth === truth) this.explain(child, childTruth, true, out);
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

/**
 * A rule list's plan, made from the conditions its rules had then. Each call
 * checks, rule by rule as it goes, that they still have them: a list whose rule
 * was replaced gets a new plan.
 */
const rulePlans = new WeakMap<readonly Rule[], Plan>();

function planOfRules(rules: readonly Rule[]): Plan {
  const plan = rulePlans.get(rules);
  return plan && plan.roots.length === rules.length ? plan : replan(rules);
}

function replan(rules: readonly Rule[]): Plan {
  const plan = new Plan(rules.map((rule) => rule.when));
  rulePlans.set(rules, plan);
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
  const root = plan.roots[0]!;
  return plan.because(root, plan.holds(root));
}

/** Whether each rule's condition holds, in rule order: the truths alone, without the `because` lists. */
export const rulesHolding = (rules: readonly Rule[], answers: Answers): boolean[] =>
  truthsOn(planOfRules(rules), rules, answers);

function truthsOn(plan: Plan, rules: readonly Rule[], answers: Answers): boolean[] {
  plan.run(answers);
  const { roots, conditions } = plan;
  const truths = new Array<boolean>(rules.length);
  for (let r = 0; r < rules.length; r++) {
    if (rules[r]!.when !== conditions[r]) return truthsOn(replan(rules), rules, answers);
    truths[r] = plan.holds(roots[r]!);
  }
  return truths;
}

/** Evaluate every rule: the summary also lists the rules that did not fire. */
export const evaluate = (rules: readonly Rule[], answers: Answers): Outcome[] =>
  outcomesOn(planOfRules(rules), rules, answers);

function outcomesOn(plan: Plan, rules: readonly Rule[], answers: Answers): Outcome[] {
  plan.run(answers);
  const { roots, conditions } = plan;
  const outcomes = new Array<Outcome>(rules.length);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    if (rule.when !== conditions[r]) return outcomesOn(replan(rules), rules, answers);
    const matched = plan.holds(roots[r]!);
    outcomes[r] = { rule, matched, because: matched ? plan.because(roots[r]!, true) : [] };
  }
  return outcomes;
}
