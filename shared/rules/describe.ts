import type { Condition, Leaf } from './types';
import { joinList } from '../text/lists';
import { fieldInWords, valueInWords } from './words';

type Scalar = string | number;

// whenText: a condition in words, generated from the condition itself so the
// words can never drift from what the evaluator tests.

const orList = (items: string[]) => joinList(items, 'en-GB', 'disjunction');

const quoted = (path: string, value: Scalar) => {
  const words = valueInWords(path, value);
  return /^\d/.test(words) ? words : `"${words}"`;
};

function describeLeaf(leaf: Leaf): string {
  const field = fieldInWords(leaf.path);
  if ('eq' in leaf) return `${field} is ${quoted(leaf.path, leaf.eq)}`;
  if ('ne' in leaf) return `${field} is not ${quoted(leaf.path, leaf.ne)}`;
  if ('in' in leaf) return `${field} is ${orList(leaf.in.map((value) => quoted(leaf.path, value)))}`;
  // A limit reads like the answers it is compared with: "less than 1 year", "18 years or more".
  if ('lt' in leaf) return `${field} is known and less than ${valueInWords(leaf.path, leaf.lt)}`;
  if ('gte' in leaf) return `${field} is ${valueInWords(leaf.path, leaf.gte)} or more`;
  if ('isNull' in leaf) return `${field} is ${valueInWords(leaf.path, null)}`;
  if ('has' in leaf) return `${field} includes ${quoted(leaf.path, leaf.has)}`;
  if ('notEmpty' in leaf) return `${field} has at least one answer`;
  return `${field} has no answer`;
}

/** `{ any: [a is "Not sure", b is "Not sure", ...] }` reads better as one sentence. */
function sameEqualityTest(conditions: readonly Condition[]): Scalar | undefined {
  const values = conditions.map((c) => ('path' in c && 'eq' in c ? c.eq : undefined));
  const first = values[0];
  return conditions.length > 2 && first !== undefined && values.every((v) => v === first) ? first : undefined;
}

export function describeCondition(condition: Condition, nested = false): string {
  const wrap = (text: string) => (nested ? `(${text})` : text);
  if ('all' in condition) return wrap(condition.all.map((c) => describeCondition(c, true)).join(' and '));
  if ('any' in condition) {
    const shared = sameEqualityTest(condition.any);
    if (shared !== undefined) {
      const fields = condition.any.map((c) => fieldInWords((c as Leaf).path, { lower: true }));
      const first = (condition.any[0] as Leaf).path;
      return wrap(`the answer is ${quoted(first, shared)} for any of: ${fields.join('; ')}`);
    }
    return wrap(condition.any.map((c) => describeCondition(c, true)).join(', or '));
  }
  if ('not' in condition) return `not ${describeCondition(condition.not, true)}`;
  return describeLeaf(condition);
}
