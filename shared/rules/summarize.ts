import type { Intake } from '../api/intake';
import type { Because, Finding, RuleSetIdentity, Summary } from '../api/summary';
import { audienceOf, type Audience } from '../text/audience';
import { conditionHolds } from '../conditions/holds';
import type { Language } from '../text/languages';
import { evaluate } from './evaluate';
import { fillPatientText, fillText } from './fill-text';
import { rules } from './rule-set';
import { citationsOf } from './sources';
import { translatedPatientText } from './translated-text';
import type { Rule } from './types';

// The summary of one intake: every rule evaluated, the fired ones as findings
// with their texts filled from the answers, the others listed by id. Patient
// texts come in the language asked for; clinician texts are always English.

// A rule's citations never change: listed once per rule, not per request.
const citations = new Map(rules.map((rule) => [rule, citationsOf(rule.sources)]));

/** A rule's texts for these answers: its own, then each addition whose condition holds. */
function textsOf(rule: Rule, intake: Intake, because: readonly Because[], audience: Audience, language: Language) {
  const additions = (rule.additions ?? []).filter((addition) => conditionHolds(addition.when, intake));
  const clinicianTexts: string[] = [];
  const patientTexts: string[] = [];
  for (const part of [rule, ...additions]) {
    if (part.clinicianText) clinicianTexts.push(fillText(part.clinicianText, intake, because));
    if (part.patientText && language === 'en') patientTexts.push(fillPatientText(part.patientText, because, audience));
  }
  return {
    clinicianText: clinicianTexts.join(' '),
    patientText:
      language === 'en' ? patientTexts.join(' ') : translatedPatientText(rule, additions, because, audience, language),
  };
}

/**
 * The body of POST /api/summary. Pure: the same intake and identity give the same
 * object. Findings keep catalogue order, which is level order, as the contract asks.
 */
export function summarize(intake: Intake, identity: RuleSetIdentity, language: Language = 'en'): Summary {
  const audience = audienceOf(intake.patient.ageYears);
  const outcomes = evaluate(rules, intake);
  const findings = outcomes
    .filter((outcome) => outcome.matched)
    .map(({ rule, because }) => {
      const { clinicianText, patientText } = textsOf(rule, intake, because, audience, language);
      const finding: Finding = {
        ruleId: rule.id,
        level: rule.level,
        title: rule.title,
        clinicianText,
        patientText,
        because,
        sources: citations.get(rule)!,
      };
      if (rule.contraindication) finding.contraindication = true;
      if (rule.pumpNow) finding.pumpNow = true;
      return finding;
    });
  return {
    ruleSet: identity,
    findings,
    notFired: outcomes.filter((outcome) => !outcome.matched).map((outcome) => outcome.rule.id),
    echo: intake.notes === undefined ? {} : { notes: intake.notes },
  };
}
