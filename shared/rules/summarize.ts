import type { Intake } from '../api/intake';
import type { Because, Finding, RuleSetIdentity, Summary } from '../api/summary';
import { audienceOf, forAudience, type Audience } from '../text/audience';
import { evaluate } from './evaluate';
import { fillText } from './fill-text';
import { rules } from './rule-set';
import { citationsOf } from './sources';
import type { Rule } from './types';

// The summary of one intake, as an object (summarize) or as the exact JSON
// bytes of that object (summaryJson, what the server sends). The parts of a
// finding that never change (its id, level, title, patient texts, citations)
// are serialised once per rule set; only the answers are serialised per request.
// The cache holds rule text, never patient data.

const json = JSON.stringify;

type Prepared = {
  rule: Rule;
  patientText: Record<Audience, string>;
  sources: Finding['sources'];
  /** `{"ruleId":…,"title":…,"clinicianText":` */
  head: string;
  /** `,"patientText":…,"because":` for each audience */
  middle: Record<Audience, string>;
  /** `,"sources":[…]}` */
  tail: string;
};

const prepared = new Map<Rule, Prepared>(
  rules.map((rule) => {
    const patientText = {
      adult: forAudience(rule.patientText, 'adult'),
      child: forAudience(rule.patientText, 'child'),
    };
    const sources = citationsOf(rule.sources);
    const middle = (audience: Audience) => `,"patientText":${json(patientText[audience])},"because":`;
    return [
      rule,
      {
        rule,
        patientText,
        sources,
        head: `{"ruleId":${json(rule.id)},"level":${json(rule.level)},"title":${json(rule.title)},"clinicianText":`,
        middle: { adult: middle('adult'), child: middle('child') },
        tail: `,"sources":${json(sources)}}`,
      },
    ];
  }),
);
const quotedIds = new Map(rules.map((rule) => [rule, json(rule.id)]));

type Fired = { prepared: Prepared; because: Because[]; clinicianText: string };

/**
 * Every rule against the intake: the fired ones with their filled text, in
 * catalogue order (which is level order: findings come by level, then catalogue
 * order, as the contract asks), and the ones that did not fire.
 */
function outcomes(intake: Intake) {
  const fired: Fired[] = [];
  const notFired: Rule[] = [];
  for (const { rule, matched, because } of evaluate(rules, intake)) {
    if (!matched) notFired.push(rule);
    else
      fired.push({
        prepared: prepared.get(rule)!,
        because,
        clinicianText: fillText(rule.clinicianText, intake, because),
      });
  }
  return { fired, notFired, audience: audienceOf(intake.patient.ageYears) };
}

/** The body of POST /api/summary as an object. Pure: the same intake and identity give the same object. */
export function summarize(intake: Intake, identity: RuleSetIdentity): Summary {
  const { fired, notFired, audience } = outcomes(intake);
  return {
    ruleSet: identity,
    findings: fired.map(({ prepared: { rule, patientText, sources }, because, clinicianText }) => ({
      ruleId: rule.id,
      level: rule.level,
      title: rule.title,
      clinicianText,
      patientText: patientText[audience],
      because,
      sources,
    })),
    notFired: notFired.map((rule) => rule.id),
    echo: intake.notes === undefined ? {} : { notes: intake.notes },
  };
}

const identityJson = new WeakMap<RuleSetIdentity, string>();

/** Exactly JSON.stringify(summarize(intake, identity)), assembled from the parts serialised once. */
export function summaryJson(intake: Intake, identity: RuleSetIdentity): string {
  let ruleSet = identityJson.get(identity);
  if (ruleSet === undefined) identityJson.set(identity, (ruleSet = json(identity)));
  const { fired, notFired, audience } = outcomes(intake);
  let findings = '';
  for (const { prepared: parts, because, clinicianText } of fired) {
    if (findings !== '') findings += ',';
    findings += parts.head + json(clinicianText) + parts.middle[audience] + json(because) + parts.tail;
  }
  const ids = notFired.map((rule) => quotedIds.get(rule)!).join(',');
  const echo = intake.notes === undefined ? '{}' : `{"notes":${json(intake.notes)}}`;
  return `{"ruleSet":${ruleSet},"findings":[${findings}],"notFired":[${ids}],"echo":${echo}}`;
}
