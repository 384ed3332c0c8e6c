import type { Intake } from '../../../shared/api/intake';
import { goals } from '../../../shared/api/options';
import type { Finding, Summary } from '../../../shared/api/summary';
import { audienceOf, forAudience, type Audience } from '../../../shared/text/audience';
import { sheetText } from './sheet-text';

// Everything the sheet shows, decided in one pure function: which words (the
// adult or the parent reading), which findings go under which heading, which
// outcome figures fit the patient, and whether the warning signs apply now.

/** The sheet text with every {{adult|child}} pair resolved to one reading. */
export type Resolved<T> = T extends string ? string : { readonly [K in keyof T]: Resolved<T[K]> };

export function resolveText<T>(value: T, audience: Audience): Resolved<T> {
  const resolve = (item: unknown): unknown => {
    if (typeof item === 'string') return forAudience(item, audience);
    if (Array.isArray(item)) return item.map(resolve);
    if (typeof item === 'object' && item !== null) {
      return Object.fromEntries(Object.entries(item).map(([key, part]) => [key, resolve(part)]));
    }
    return item;
  };
  return resolve(value) as Resolved<T>;
}

/** The rule that fires when the patient has a pump now: its warning signs apply today, not later. */
export const currentPumpRuleId = 'current-pump';

/** Children's outcome figures come from studies of children; 18 and over gets the adult ones. */
export const childFiguresBelowAge = 18;

type SheetIntake = Pick<Intake, 'goals'> & {
  patient: Pick<Intake['patient'], 'ageYears'>;
  diagnosis: Pick<Intake['diagnosis'], 'condition'>;
};

const patientWords = (findings: readonly Finding[]) => findings.map((finding) => finding.patientText);

export function sheetContent(intake: SheetIntake, summary: Pick<Summary, 'findings' | 'ruleSet'>) {
  const audience = audienceOf(intake.patient.ageYears);
  const text = resolveText(sheetText, audience);
  const { findings } = summary;
  const isChild = intake.patient.ageYears < childFiguresBelowAge;
  const { condition } = intake.diagnosis;
  const figures = text.figures;
  const doctorGoals = new Set<string>(intake.goals);

  return {
    audience,
    text,
    /** Only indication findings say why; caution, consider and info are to talk about; check is to find out. */
    why: patientWords(findings.filter((finding) => finding.level === 'indication')),
    talk: patientWords(findings.filter((finding) => ['caution', 'consider', 'info'].includes(finding.level))),
    bring: [...patientWords(findings.filter((finding) => finding.level === 'check')), ...text.bring.always],
    warningWhen: findings.some((finding) => finding.ruleId === currentPumpRuleId)
      ? text.warning.now
      : text.warning.once,
    figures: {
      testDose: isChild && condition === 'stroke' ? figures.testDoseChildStroke : figures.testDose[condition],
      risks: isChild ? figures.risksChild : figures.risksAdult,
      strokeTrial: !isChild && condition === 'stroke' ? figures.strokeTrial : null,
    },
    goals: goals.map((goal) => ({ id: goal, label: text.matters.goals[goal], doctorNoted: doctorGoals.has(goal) })),
  };
}

export type SheetContent = ReturnType<typeof sheetContent>;
