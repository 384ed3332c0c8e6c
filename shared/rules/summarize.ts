import type { Intake } from '../api/intake';
import type { RuleSetIdentity, Summary } from '../api/summary';
import { audienceOf, forAudience } from '../text/audience';
import { evaluate } from './evaluate';
import { fillText } from './fill-text';
import { rules } from './rule-set';
import { citationsOf } from './sources';

// A rule's citations and the two readings of its patient text never change: worked
// out once (per request they cost about 5 µs of the summary's 8).
const fixedParts = new Map(
  rules.map((rule) => [
    rule,
    {
      patientText: { adult: forAudience(rule.patientText, 'adult'), child: forAudience(rule.patientText, 'child') },
      sources: citationsOf(rule.sources),
    },
  ]),
);

/**
 * The body of POST /api/summary. Pure: the same intake and identity give the same
 * object. Findings come in catalogue order, which is level order, as the contract asks.
 */
export function summarize(intake: Intake, identity: RuleSetIdentity): Summary {
  const audience = audienceOf(intake.patient.ageYears);
  const outcomes = evaluate(rules, intake);
  return {
    ruleSet: identity,
    findings: outcomes
      .filter((outcome) => outcome.matched)
      .map(({ rule, because }) => {
        const { patientText, sources } = fixedParts.get(rule)!;
        return {
          ruleId: rule.id,
          level: rule.level,
          title: rule.title,
          clinicianText: fillText(rule.clinicianText, intake, because),
          patientText: patientText[audience],
          because,
          sources,
        };
      }),
    notFired: outcomes.filter((outcome) => !outcome.matched).map((outcome) => outcome.rule.id),
    echo: intake.notes === undefined ? {} : { notes: intake.notes },
  };
}
