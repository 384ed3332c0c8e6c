import type { Level } from '../api/summary';
import type { Condition } from '../conditions/grammar';
import type { SourceId } from './sources';

// A rule is data: JSON-serialisable, readable, and evaluated by one function
// (evaluate.ts). A new rule never needs new code.

// The condition language is shared with the question catalogue (shared/conditions).
export type { Condition, Leaf } from '../conditions/grammar';

/** Sentences a rule adds to its texts only while their own condition holds, e.g. for a patient with a pump now. */
export type TextAddition = {
  when: Condition;
  clinicianText?: string;
  patientText?: string;
};

export type Rule = {
  id: string;
  level: Level;
  title: string;
  when: Condition;
  /** May name answers as {dot.path} (filled in words) and {because} (the answers that made it fire). */
  clinicianText: string;
  /**
   * Plain language, reading grade 6 or below; {{adult words|child words}} where a parent reads it.
   * May name {because.fields}: the answers behind it, in the patient's words.
   */
  patientText: string;
  sources: readonly SourceId[];
  /** A contraindication in a label or guideline: listed first among the cautions, on screen, in print and in copy. */
  contraindication?: true;
  /** The patient lives with a pump now: the sheet is the one for life with a pump, and its warning signs apply today. */
  pumpNow?: true;
  /** Added after the texts, in order, each only while its condition holds. */
  additions?: readonly TextAddition[];
};

export type { SourceId };
