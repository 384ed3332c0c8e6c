import type { RuleSetIdentity } from '../api/summary';
import type { RulesResponse } from '../api/rules';
import { describeCondition } from './describe';
import { templateInWords } from './fill-text';
import { rules } from './rule-set';
import { sources } from './sources';

const sourceLabel = new Map(sources.map((source) => [source.id, source.label]));

/** The body of GET /api/rules: every rule with its condition as data and in words. */
export function listRules(identity: RuleSetIdentity): RulesResponse {
  return {
    ruleSet: identity,
    rules: rules.map((rule) => ({
      id: rule.id,
      level: rule.level,
      title: rule.title,
      when: rule.when as RulesResponse['rules'][number]['when'],
      whenText: describeCondition(rule.when),
      clinicianText: templateInWords(rule.clinicianText),
      patientText: rule.patientText,
      sources: rule.sources.map((id) => ({ id, label: sourceLabel.get(id) ?? id })),
    })),
    sources: sources.map((source) => ({ ...source })),
  };
}
