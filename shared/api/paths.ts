import type { ConditionOver, LeafOver } from '../rules/grammar';
import type { Intake } from './intake';

// Dot paths into the intake: types computed from the intake schema's type, so a
// question, a rule or a form field can only name a path the schema has, and the
// functions that read answers at a path (the form, the FHIR mapping, the rules).

type AllKeys<T> = T extends unknown ? keyof T : never;
type ValueAt<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
type Answer = string | number | boolean | null | readonly unknown[];

/** Dot paths of the answers in T ("spasticity.modifiedAshworth"), through unions such as oralBaclofen. */
export type AnswerPaths<T> = {
  [K in AllKeys<T> & string]: Exclude<ValueAt<T, K>, undefined> extends infer V
    ? [V] extends [Answer]
      ? K
      : `${K}.${AnswerPaths<V>}`
    : never;
}[AllKeys<T> & string];

export type IntakePath = AnswerPaths<Intake>;

/**
 * What a form holds for T: text for every single answer (a half-typed number
 * survives), a list of texts for every list, and every question of every
 * branch of a union, so a hidden follow-up keeps its answer until it is sent.
 */
export type FormModel<T> = {
  [K in AllKeys<T> & string]-?: FormAnswer<Exclude<ValueAt<T, K>, undefined>>;
};
type FormAnswer<V> = [V] extends [readonly unknown[]] ? string[] : [V] extends [Answer] ? string : FormModel<V>;

export type IntakeFormValues = FormModel<Intake>;

/**
 * The answer at keys (a dot path split once, e.g. ['spasticity', 'modifiedAshworth']);
 * undefined when it is missing, as a question that was not asked is. Own properties
 * only: an inherited one (a polluted prototype) never reads as an answer.
 */
export function readKeys(answers: unknown, keys: readonly string[]): unknown {
  let value = answers;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The answer at a dot path; undefined when it is missing (e.g. the dose when oral baclofen was not tried). */
export const readPath = (answers: unknown, path: string): unknown => readKeys(answers, path.split('.'));

/** Every leaf of a condition (a rule's or a follow-up question's), in reading order. */
export function leavesOf<P extends string>(condition: ConditionOver<P>): LeafOver<P>[] {
  if ('all' in condition) return condition.all.flatMap(leavesOf);
  if ('any' in condition) return condition.any.flatMap(leavesOf);
  if ('not' in condition) return leavesOf(condition.not);
  return [condition];
}
