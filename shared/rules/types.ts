import type { IntakePath } from '../api/paths';
import type { Level } from '../api/summary';
import type { ConditionOver, LeafOver } from './grammar';

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

export const sourceIds = [
  'seed',
  'label-lioresal',
  'label-lioresal-eu',
  'label-gablofen',
  'label-oral-us',
  'label-oral-nvs',
  'nice-cg145',
  'nhse-itb',
  'saulino-2016',
  'boster-2016',
  'biering-sorensen-2022',
  'stroke-trials',
  'mas',
  'penn',
  'asra-pain',
  'mdt-patient',
  'synchromed-mri',
  'uktis',
] as const;

export type SourceId = (typeof sourceIds)[number];
