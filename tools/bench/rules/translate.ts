// Our condition language (shared/rules/grammar.ts) translated, by code over the
// grammar, into the formats of the peer engines the bench compares us with:
// JsonLogic (json-logic-engine, json-logic-js) and json-rules-engine. A new rule
// is translated as soon as it is in the rule set.
//
// Our semantics, which every translation keeps: a leaf on an answer that is
// missing (a follow-up not asked) never holds, and `lt` / `gte` hold only on a
// number. The peers read a missing answer as null (JsonLogic) or undefined
// (json-rules-engine) and cannot always tell it from an answer of null
// ("not known"), so where that matters a leaf is guarded by the answer's
// presence: on a valid intake an answer is present exactly when its question is
// asked (the schema refuses an asked question left out, and an unasked one
// sent), which the question catalogue states as a condition in our own
// language (`askedWhen`), translated the same way.
import { questionByPath } from '../../../shared/questions/lookup';
import type { Condition, Leaf } from '../../../shared/rules/types';

/** A condition on which answers are present, in our language; undefined when the question is always asked. */
export function presenceOf(path: string): Condition | undefined {
  const question = questionByPath.get(path);
  if (!question) throw new Error(`No question in the catalogue has the path ${path}`);
  // An optional question may be left out even when asked: no condition on the other answers says whether it is there.
  if (question.optional) throw new Error(`${path} is optional: its presence cannot be translated`);
  return question.askedWhen;
}

/** The list-valued answers: `has`, `notEmpty` and `isEmpty` are translated for lists only. */
function assertList(leaf: Leaf) {
  const question = questionByPath.get(leaf.path);
  if (question?.kind !== 'list')
    throw new Error(`${leaf.path} is not a list: ${JSON.stringify(leaf)} has no translation`);
}

// ---------------------------------------------------------------- JsonLogic

export type JsonLogic = { [operator: string]: unknown };

const jsonLogicAnd = (parts: (JsonLogic | undefined)[]): JsonLogic => {
  const defined = parts.filter((part): part is JsonLogic => part !== undefined);
  return defined.length === 1 ? defined[0]! : { and: defined };
};

/**
 * JsonLogic for a condition: every node gives true or false. `and` / `or`
 * return one of their arguments, which are all booleans here.
 */
export function toJsonLogic(condition: Condition): JsonLogic {
  if ('all' in condition) return { and: condition.all.map(toJsonLogic) };
  if ('any' in condition) return { or: condition.any.map(toJsonLogic) };
  if ('not' in condition) return { '!': [toJsonLogic(condition.not)] };
  const value = { var: condition.path };
  const present = () => {
    const asked = presenceOf(condition.path);
    return asked && toJsonLogic(asked);
  };
  // A missing answer reads as null. Strict comparisons only: json-logic-engine's
  // loose == and != coerce (0 == null is true there, and a list throws).
  const notNull = { '!==': [value, null] };
  if ('eq' in condition) return { '===': [value, condition.eq] };
  // A missing answer is "not equal" to anything: only an asked question counts.
  if ('ne' in condition) return jsonLogicAnd([present(), { '!==': [value, condition.ne] }]);
  if ('in' in condition) return { in: [value, [...condition.in]] };
  // JsonLogic's < and >= read null as 0: only a number compares.
  if ('lt' in condition) return { and: [notNull, { '<': [value, condition.lt] }] };
  if ('gte' in condition) return { and: [notNull, { '>=': [value, condition.gte] }] };
  // null and missing both read as null: "not known" is null on an asked question.
  if ('isNull' in condition) return jsonLogicAnd([present(), { '===': [value, null] }]);
  assertList(condition);
  if ('has' in condition) return { in: [condition.has, value] };
  // JsonLogic reads an empty list as false.
  if ('notEmpty' in condition) return { '!!': [value] };
  return { and: [notNull, { '!': [value] }] };
}

// -------------------------------------------------------- json-rules-engine

/** json-rules-engine's condition shapes (its types are not exported by name). */
export type RulesEngineLeaf = { fact: string; path?: string; operator: string; value: unknown };
export type RulesEngineCondition =
  RulesEngineLeaf | { all: RulesEngineCondition[] } | { any: RulesEngineCondition[] } | { not: RulesEngineCondition };

/**
 * A json-rules-engine condition reading the intake's sections as facts
 * (`engine.run(intake)`): 'diagnosis.condition' is the fact `diagnosis` at the
 * JSONPath `$.condition`; 'goals' is the fact `goals`.
 */
export function toRulesEngine(condition: Condition): RulesEngineCondition {
  if ('all' in condition) return { all: condition.all.map(toRulesEngine) };
  if ('any' in condition) return { any: condition.any.map(toRulesEngine) };
  if ('not' in condition) return { not: toRulesEngine(condition.not) };
  const [fact, ...rest] = condition.path.split('.') as [string, ...string[]];
  const leaf = (operator: string, value: unknown, suffix: string[] = []): RulesEngineLeaf => {
    const keys = [...rest, ...suffix];
    return keys.length === 0 ? { fact, operator, value } : { fact, path: `$.${keys.join('.')}`, operator, value };
  };
  const guarded = (test: RulesEngineLeaf): RulesEngineCondition => {
    const asked = presenceOf(condition.path);
    return asked ? { all: [toRulesEngine(asked), test] } : test;
  };
  // A missing answer reads as undefined, which equals none of our values.
  if ('eq' in condition) return leaf('equal', condition.eq);
  if ('ne' in condition) return guarded(leaf('notEqual', condition.ne));
  if ('in' in condition) return leaf('in', [...condition.in]);
  // The numeric operators refuse anything that does not parse as a number, null included.
  if ('lt' in condition) return leaf('lessThan', condition.lt);
  if ('gte' in condition) return leaf('greaterThanInclusive', condition.gte);
  if ('isNull' in condition) return guarded(leaf('equal', null));
  assertList(condition);
  // `contains` refuses anything but an array.
  if ('has' in condition) return leaf('contains', condition.has);
  // The length of a missing list is undefined: neither > 0 nor 0.
  if ('notEmpty' in condition) return leaf('greaterThan', 0, ['length']);
  return leaf('equal', 0, ['length']);
}

/** json-rules-engine wants all / any / not at the top of a rule. */
export const toRulesEngineTop = (condition: Condition) => {
  const translated = toRulesEngine(condition);
  return 'all' in translated || 'any' in translated || 'not' in translated ? translated : { all: [translated] };
};
