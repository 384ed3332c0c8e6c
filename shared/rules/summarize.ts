import type { Intake } from '../api/intake';
import type { Because, Finding, RuleSetIdentity, Summary } from '../api/summary';
import { audienceOf, forAudience, type Audience } from '../text/audience';
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

/** A rule's texts for these answers: its own, then each addition whose condition holds. */
function textsOf(rule: Rule, intake: Intake, because: readonly Because[], audience: Audience, language: Language) {
  const additions = (rule.additions ?? []).filter((addition) => conditionHolds(addition.when, intake));
  const parts = [rule, ...additions];
  const joined = (text: (part: (typeof parts)[number]) => string | undefined) =>
    parts.flatMap((part) => text(part) ?? []).join(' ');
  return {
    clinicianText: joined((part) => part.clinicianText && fillText(part.clinicianText, intake, because)),
    patientText:
      language === 'en'
        ? forAudience(
            joined((part) => part.patientText && fillPatientText(part.patientText, because)),
            audience,
          )
        : translatedPatientText(rule, additions, because, audience, language),
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
    .map(({ rule, because }): Finding => ({
      ruleId: rule.id,
      level: rule.level,
      title: rule.title,
      ...textsOf(rule, intake, because, audience, language),
      because,
      sources: citationsOf(rule.sources),
      ...(rule.contraindication && { contraindication: true }),
      ...(rule.pumpNow && { pumpNow: true }),
    }));
  return {
    ruleSet: identity,
    findings,
    notFired: outcomes.filter((outcome) => !outcome.matched).map((outcome) => outcome.rule.id),
    echo: intake.notes === undefined ? {} : { notes: intake.notes },
  };
}
