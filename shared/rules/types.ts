import type { Level } from '../api/summary';
import type { Condition } from '../conditions/grammar';
import type { SourceId } from './sources';

// A rule is data: JSON-serialisable, readable, and evaluated by one function
// (evaluate.ts). A new rule never needs new code.

// The condition language is shared with the question catalogue (shared/conditions).
export type { Condition, Leaf } from '../conditions/grammar';

export type Rule = {
  id: string;
  level: Level;
  title: string;
  when: Condition;
  /** May name answers as {dot.path} (filled in words) and {because} (the answers that made it fire). */
  clinicianText: string;
  /** Plain language, reading grade 6 or below; {{adult words|child words}} where a parent reads it. */
  patientText: string;
  sources: readonly SourceId[];
};

export type { SourceId };
