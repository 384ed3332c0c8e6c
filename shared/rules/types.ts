import type { IntakePath } from '../api/paths';
import type { Level } from '../api/summary';
import type { ConditionOver, LeafOver } from './grammar';
import type { SourceId } from './sources';

// A rule is data: JSON-serialisable, readable, and evaluated by one function
// (evaluate.ts). A new rule never needs new code.

/** A test on one answer, named by its dot path into the intake. */
export type Leaf = LeafOver<IntakePath>;

export type Condition = ConditionOver<IntakePath>;

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
