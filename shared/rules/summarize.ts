import type { Intake } from '../api/intake';
import { levels, type Finding, type RuleSetIdentity, type Summary } from '../api/summary';
import { audienceOf, forAudience, type Audience } from '../text/audience';
import { evaluate } from './evaluate';
import { fillText } from './fill-text';
import { rules } from './rule-set';
import { citationsOf } from './sources';

const levelRank = new Map(levels.map((level, rank) => [level, rank]));
// Citations and the two readings of each patient text never change: resolve them once per rule.
const citations = new Map(rules.map((rule) => [rule.id, citationsOf(rule.sources)]));
const patientTexts = new Map(
  rules.map((rule) => [rule.id, { adult: forAudience(rule.patientText, 'adult'), child: forAudience(rule.patientText, 'child') }]),
);

/**
 * The body of POST /api/summary. Pure: the same intake and identity give the same
 * object, built with a fixed key order so the JSON bytes are the same too.
 */
export function summarize(intake: Intake, identity: RuleSetIdentity): Summary {
  const audience: Audience = audienceOf(intake.patient.ageYears);
  const outcomes = evaluate(rules, intake);
  const findings: Finding[] = outcomes
    .filter((outcome) => outcome.matched)
    .map(({ rule, because }) => ({
      ruleId: rule.id,
      level: rule.level,
      title: rule.title,
      clinicianText: fillText(rule.clinicianText, intake, because),
      patientText: patientTexts.get(rule.id)![audience],
      because,
      sources: citations.get(rule.id)!,
    }))
    // Array.prototype.sort is stable: within a level, catalogue order stays.
    .sort((a, b) => levelRank.get(a.level)! - levelRank.get(b.level)!);
  return {
    ruleSet: identity,
    findings,
    notFired: outcomes.filter((outcome) => !outcome.matched).map((outcome) => outcome.rule.id),
    echo: intake.notes === undefined ? {} : { notes: intake.notes },
  };
}
