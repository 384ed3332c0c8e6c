import type { RuleSetIdentity } from '../api/summary';
import type { RulesResponse } from '../api/rules';
import { forAudience } from '../text/audience';
import { describeCondition } from './describe';
import { templateInWords } from './fill-text';
import { rules } from './rule-set';
import { citationsOf, sources } from './sources';

/** The body of GET /api/rules: every rule with its condition as data and in words. */
export function listRules(identity: RuleSetIdentity): RulesResponse {
  return {
    ruleSet: identity,
    rules: rules.map((rule) => ({
      id: rule.id,
      level: rule.level,
      title: rule.title,
      when: rule.when,
      whenText: describeCondition(rule.when),
      clinicianText: templateInWords(rule.clinicianText),
      patientText: templateInWords(forAudience(rule.patientText, 'adult')),
      sources: citationsOf(rule.sources),
      ...(rule.contraindication && { contraindication: true }),
      ...(rule.pumpNow && { pumpNow: true }),
      additions: (rule.additions ?? []).map((addition) => ({
        when: addition.when,
        whenText: describeCondition(addition.when),
        ...(addition.clinicianText && { clinicianText: templateInWords(addition.clinicianText) }),
        ...(addition.patientText && { patientText: templateInWords(forAudience(addition.patientText, 'adult')) }),
      })),
    })),
    sources: sources.map((source) => ({ ...source })),
  };
}
