import { changelog } from './changelog';
import { cautionRules } from './levels/caution';
import { checkRules } from './levels/check';
import { considerRules } from './levels/consider';
import { indicationRules } from './levels/indication';
import { infoRules } from './levels/info';
import { sources } from './sources';
import { translations } from './translations';
import type { Rule } from './types';

/** Catalogue order (the numbers of docs/clinical/RULES.md), which is also level order. */
export const rules: readonly Rule[] = [
  ...indicationRules,
  ...cautionRules,
  ...considerRules,
  ...checkRules,
  ...infoRules,
];

const current = changelog.at(-1)!;

/** Everything that defines the rule set, its patient texts in other languages too; its canonical JSON is what the hash covers. */
export const ruleSet = {
  id: 'itb-referral',
  version: current.version,
  reviewed: current.date,
  rules,
  sources,
  translations,
} as const;

export type RuleSet = typeof ruleSet;
