import type { FieldPath } from '../api/labels';
import type { Level } from '../api/summary';

// A rule is data: JSON-serialisable, readable, and evaluated by one function
// (evaluate.ts). A new rule never needs new code.

export type Scalar = string | number;

/** A test on one answer, named by its dot path into the intake. */
export type Leaf =
  | { path: FieldPath; eq: Scalar }
  | { path: FieldPath; ne: Scalar }
  | { path: FieldPath; in: readonly Scalar[] }
  | { path: FieldPath; lt: number }
  | { path: FieldPath; gte: number }
  | { path: FieldPath; isNull: true }
  | { path: FieldPath; notEmpty: true }
  | { path: FieldPath; isEmpty: true };

export type Condition =
  | Leaf
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

export type Rule = {
  id: string;
  level: Level;
  title: string;
  when: Condition;
  /** May name answers as {dot.path}; the summary fills them in words. */
  clinicianText: string;
  /** Plain language, reading grade 6 or below. */
  patientText: string;
  sources: readonly SourceId[];
};

export type SourceId =
  | 'seed'
  | 'label-lioresal'
  | 'label-gablofen'
  | 'saulino-2016'
  | 'boster-2016'
  | 'nice-cg145'
  | 'nhse-itb'
  | 'biering-sorensen-2022'
  | 'stroke-trials'
  | 'asra-pain'
  | 'mas'
  | 'penn';
