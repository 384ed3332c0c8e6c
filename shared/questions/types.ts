import type { IntakePath } from '../api/paths';
import type { Condition } from '../conditions/grammar';
import type { Language } from '../text/languages';
import type { Translation } from '../text/translation';

// A question of the referral form as data. The form's steps and fields, "Check
// your answers", the referral data block of the summary, the words of rule
// conditions and the test generators all read the catalogue built from these.

export type StepId = 'patient' | 'spasticity' | 'oral-baclofen' | 'treatments-goals' | 'considerations' | 'notes';

/**
 * What an answer is about in the patient's words, for a patient text that names it
 * ({because.fields}: "find out seizures (fits) and a shunt"): plain words at reading
 * grade 6, {{adult|parent}} pairs where a parent reads it; and the same words in each
 * other language of the patient sheet, an ICU message tied to the English by its hash
 * (shared/text/translation.ts; reviewed in docs/clinical/spanish-back-translation.md).
 */
export type PatientWords = { readonly en: string } & {
  readonly [language in Exclude<Language, 'en'>]: Translation;
};

/** One answer: its wire value, the words on the form, and a hint under them. */
export type Option = {
  value: string | number | null;
  label: string;
  hint?: string;
};

type Common = {
  path: IntakePath;
  step: StepId;
  /** Short name in summaries, "Check your answers" and rule words: "Modified Ashworth score". */
  label: string;
  /** The question as the form asks it. */
  question: string;
  hint?: string;
  /** May be left blank; the form says "(optional)". */
  optional?: true;
  /** A follow-up: asked only while this holds, otherwise hidden and not sent. */
  askedWhen?: Condition;
  /** A sub-heading inside a long step. */
  group?: string;
  /** Needed by every question a patient text can name (shared/rules/texts.test.ts checks). */
  patientWords?: PatientWords;
};

export type ChoiceQuestion = Common & {
  kind: 'choice';
  options: readonly Option[];
  /** inline: a short row (yes / no / not sure); scale: compact rows of score and meaning. */
  layout?: 'inline' | 'scale';
  /** The answer that raises no point ("no" infection, "yes" can attend refills): fictional referrals start from it. */
  unremarkable?: string;
};

export type ListQuestion = Common & {
  kind: 'list';
  options: readonly Option[];
};

export type NumberQuestion = Common & {
  kind: 'number';
  integer: boolean;
  min: number;
  max: number;
  unit?: string;
  /** A "Not known" box beside the number; ticked, the answer is null. */
  notKnown?: string;
  /** A unit the user may type after the number ("80mg", "80 mg"), and what the form says to any other text. */
  typedUnit?: { symbol: string; otherText: string };
  /** A number of months that the form asks, and every page shows, in years and months ("1 year 2 months"). */
  inYearsAndMonths?: true;
};

export type TextQuestion = Common & {
  kind: 'text';
  maxLength: number;
  multiline?: true;
};

export type Question = ChoiceQuestion | ListQuestion | NumberQuestion | TextQuestion;
