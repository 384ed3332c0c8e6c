import type { Intake } from './intake';

// Types computed from the intake schema's type, so a question, a rule or a form
// field can only name a path the schema has.

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
