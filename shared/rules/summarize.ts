import type { Intake } from '../api/intake';
import { levels, type Finding, type RuleSetIdentity, type Summary } from '../api/summary';
import { evaluate } from './evaluate';
import { fillText } from './fill-text';
import { rules } from './rule-set';
import { sources } from './sources';

const sourceLabel = new Map(sources.map((source) => [source.id, source.label]));
const levelRank = new Map(levels.map((level, rank) => [level, rank]));
// Citations never change: resolve them once per rule, not per request.
const citations = new Map(
  rules.map((rule) => [rule.id, rule.sources.map((id) => ({ id, label: sourceLabel.get(id) ?? id }))]),
);

/**
 * The body of POST /api/summary. Pure: the same intake and identity give the same
 * object, built with a fixed key order so the JSON bytes are the same too.
 */
export function summarize(intake: Intake, identity: RuleSetIdentity): Summary {
  const outcomes = evaluate(rules, intake);
  const findings: Finding[] = outcomes
    .filter((outcome) => outcome.matched)
    .map(({ rule, because }) => ({
      ruleId: rule.id,
      level: rule.level,
      title: rule.title,
      clinicianText: fillText(rule.clinicianText, intake, because),
      patientText: rule.patientText,
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
