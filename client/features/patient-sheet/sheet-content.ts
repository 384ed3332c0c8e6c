import type { Intake } from '../../../shared/api/intake';
import { goals } from '../../../shared/api/options';
import type { Finding, RuleSetIdentity, Summary } from '../../../shared/api/summary';
import { audienceOf, forAudience, type Audience } from '../../../shared/text/audience';
import { sheetText } from './sheet-text';

// Everything the sheet shows, decided in one pure function: which sheet (for
// someone thinking about a pump, or for someone who lives with one), which
// words (the language, and the adult or the parent reading), which findings go
// under which heading, which outcome figures and safety lines fit the patient.

export type SheetText = typeof sheetText;

/** The sheet text with every {{adult|child}} pair resolved to one reading. */
export type Resolved<T> = T extends string ? string : { readonly [K in keyof T]: Resolved<T[K]> };

/** The sheet's fixed text in one language for one reader, the footer's rule set version and review date filled in. */
export type SheetWords = (
  audience: Audience,
  ruleSet: Pick<RuleSetIdentity, 'version' | 'reviewed'>,
) => Resolved<SheetText>;

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

const longDate = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

export const englishWords: SheetWords = (audience, { version, reviewed }) => {
  const text = resolveText(sheetText, audience);
  const madeWith = text.footer.madeWith.replace('{version}', version).replace('{reviewed}', longDate(reviewed));
  return { ...text, footer: { ...text.footer, madeWith } };
};

/** Children's outcome figures come from studies of children; 18 and over gets the adult ones. */
export const childFiguresBelowAge = 18;

/** NICE CG145 covers children and young people up to their 19th birthday. */
const niceBelowAge = 19;

type SheetIntake = Pick<Intake, 'goals'> & {
  patient: Pick<Intake['patient'], 'ageYears'>;
  diagnosis: Pick<Intake['diagnosis'], 'condition'>;
  oralBaclofen: Pick<Intake['oralBaclofen'], 'tried'>;
  considerations: Pick<Intake['considerations'], 'communicationDifficulty'>;
};

const patientWords = (findings: readonly Finding[]) => findings.map((finding) => finding.patientText);

/** The fixed text of one sheet: for life with a pump, its own parts replace the general ones. */
function textOf(pumpNow: boolean, words: Resolved<SheetText>) {
  const { pumpNow: forPumpNow, ...general } = words;
  if (!pumpNow) return general;
  return {
    ...general,
    ...forPumpNow,
    pump: forPumpNow.pump,
    compare: { ...general.compare, ...forPumpNow.compare },
    matters: { ...general.matters, ...forPumpNow.matters },
    questions: { ...general.questions, ...forPumpNow.questions },
  };
}

export function sheetContent(
  intake: SheetIntake,
  summary: Pick<Summary, 'findings' | 'ruleSet'>,
  words: SheetWords = englishWords,
) {
  const audience = audienceOf(intake.patient.ageYears);
  const { findings } = summary;
  /** A rule of the rule set says so (current-pump): the sheet for someone who lives with a pump. */
  const pumpNow = findings.some((finding) => finding.pumpNow);
  const text = textOf(pumpNow, words(audience, summary.ruleSet));
  const isChild = intake.patient.ageYears < childFiguresBelowAge;
  const { condition } = intake.diagnosis;
  const figures = text.figures;
  const doctorGoals = new Set<string>(intake.goals);

  return {
    audience,
    pumpNow,
    text,
    /** What a pump is, and for someone still thinking about one, the test dose and the operation. */
    about: pumpNow ? [text.pump, text.living] : [text.pump, text.testDose, text.surgery, text.living],
    /** Only indication findings say why; caution, consider and info are to talk about; check is to find out. */
    why: patientWords(findings.filter((finding) => finding.level === 'indication')),
    talk: patientWords(findings.filter((finding) => ['caution', 'consider', 'info'].includes(finding.level))),
    bring: [...patientWords(findings.filter((finding) => finding.level === 'check')), ...text.bring.always],
    /** Other treatments: for someone with a pump, those that go on beside it; under 19, the options NICE names too. */
    otherChoices:
      pumpNow || intake.patient.ageYears >= niceBelowAge ? text.compare.otherChoices : text.compare.otherChoicesYoung,
    /** The baclofen-pills line only for someone who has taken them. */
    pills: intake.oralBaclofen.tried === 'yes' ? text.pills : null,
    warningWhen: pumpNow ? text.warning.now : text.warning.once,
    /** Signs a carer can see, for a young child or anyone who finds it hard to say how they feel. */
    carers:
      audience === 'child' || intake.considerations.communicationDifficulty === 'yes' ? text.warning.carers : null,
    figures: {
      testDose: pumpNow
        ? null
        : isChild && condition === 'stroke'
          ? figures.testDoseChildStroke
          : figures.testDose[condition],
      risks: isChild ? figures.risksChild : figures.risksAdult,
      strokeTrial: !pumpNow && !isChild && condition === 'stroke' ? figures.strokeTrial : null,
    },
    goals: goals.map((goal) => ({ id: goal, label: text.matters.goals[goal], doctorNoted: doctorGoals.has(goal) })),
  };
}

export type SheetContent = ReturnType<typeof sheetContent>;
