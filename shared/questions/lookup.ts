import type { IntakePath } from '../api/paths';
import { conditionHolds } from '../conditions/holds';
import { questions } from './catalogue';
import type { Option, Question, StepId } from './types';

// Lookups over the catalogue, built once.

export const questionByPath: ReadonlyMap<string, Question> = new Map(
  questions.map((question) => [question.path, question]),
);

export const questionsOfStep = (step: StepId): Question[] => questions.filter((question) => question.step === step);

/** A question with no condition is always asked; a follow-up only while its condition holds on the answers. */
export const isAsked = (question: Question, answers: object): boolean =>
  question.askedWhen === undefined || conditionHolds(question.askedWhen, answers);

/** The option of a closed question whose wire value is `value`. */
export function optionOf(question: Question, value: unknown): Option | undefined {
  return 'options' in question ? question.options.find((option) => option.value === value) : undefined;
}

/** The short name of an answer, for summaries and rule words; the path itself if unknown. */
export const describeField = (path: string): string => questionByPath.get(path)?.label ?? path;

const counted = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** Months as people say them: 168 is "14 years", 14 is "1 year 2 months", 8 is "8 months". */
export function yearsAndMonthsInWords(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return counted(rest, 'month');
  return rest === 0 ? counted(years, 'year') : `${counted(years, 'year')} ${counted(rest, 'month')}`;
}

/**
 * An answer in words, as the summary shows it: "Both legs", "60 mg a day",
 * "1 year 2 months", "Not known", "None" for an empty list, "Not answered" (or "Not given" for an
 * optional question) when it is missing.
 */
export function describeValue(path: IntakePath | string, value: unknown): string {
  const question = questionByPath.get(path);
  if (value === undefined) return question?.optional ? 'Not given' : 'Not answered';
  if (Array.isArray(value)) {
    // "; " between answers: some answers hold commas ("Orthoses, splints or casting").
    return value.length === 0
      ? 'None'
      : value.map((item) => (question && optionOf(question, item)?.label) ?? String(item)).join('; ');
  }
  if (question?.kind === 'number') {
    if (value === null) return question.notKnown ?? 'Not known';
    if (question.inYearsAndMonths && typeof value === 'number') return yearsAndMonthsInWords(value);
    return question.unit ? `${String(value)} ${question.unit}` : String(value);
  }
  const option = question && optionOf(question, value);
  if (option) return option.label;
  return value === null ? 'Not known' : String(value);
}
