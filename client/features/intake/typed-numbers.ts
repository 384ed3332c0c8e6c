import type { Issue } from '../../../shared/api/errors';
import type { NumberQuestion } from '../../../shared/questions/types';
import { lowerFirst } from '../../../shared/rules/words';

// Numbers as people type them. A number box holds text (a half-typed number survives);
// these read it as the intake's number. Years and months are two boxes kept in one
// answer of the form: "years=14&months=" (URL encoding keeps any typed text intact).

export const NOT_KNOWN = 'not_known';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * '' is "not answered" (undefined); "68,5" is 68.5; the question's typed unit may
 * follow ("80mg", "80 mg"). Anything else is NaN: the form says what to type.
 */
export function readNumber(question: NumberQuestion, text: string): number | undefined {
  let typed = text.trim().replace(',', '.');
  if (typed === '') return undefined;
  if (question.typedUnit) typed = typed.replace(new RegExp(`\\s*${escaped(question.typedUnit.symbol)}$`, 'i'), '');
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(typed) ? Number(typed) : NaN;
}

export type YearsAndMonths = { years: string; months: string };

export function splitYearsAndMonths(answer: string): YearsAndMonths {
  const parts = new URLSearchParams(answer);
  return { years: parts.get('years') ?? '', months: parts.get('months') ?? '' };
}

/** Both boxes empty is no answer (''), so an untouched question stays unanswered. */
export const joinYearsAndMonths = ({ years, months }: YearsAndMonths): string =>
  years === '' && months === '' ? '' : new URLSearchParams({ years, months }).toString();

/** A number of months from the intake as the two boxes show it: 96 is 8 years 0 months. */
export const yearsAndMonthsOf = (months: number): string =>
  joinYearsAndMonths({ years: String(Math.floor(months / 12)), months: String(months % 12) });

/** The months the two boxes add up to; an empty box is 0; NaN unless each box is a whole number. */
export function monthsOf(answer: string): number | undefined {
  if (answer === '') return undefined;
  const { years, months } = splitYearsAndMonths(answer);
  const whole = (text: string) => (text.trim() === '' ? 0 : /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);
  return whole(years) * 12 + whole(months);
}

/** The wire value of a number question's answer: a number, null for "Not known", undefined when unanswered. */
export function numberAnswer(question: NumberQuestion, answer: string): number | null | undefined {
  if (answer === NOT_KNOWN) return null;
  return question.inYearsAndMonths ? monthsOf(answer) : readNumber(question, answer);
}

/**
 * What only the form can say about typed numbers, in the words of the boxes the user
 * sees (the schema speaks of months, and cannot tell "80 mg twice" from no answer).
 */
export function typedNumberIssue(question: NumberQuestion, answer: string): Issue | undefined {
  const value = numberAnswer(question, answer);
  const { path } = question;
  const what = lowerFirst(question.label);
  if (question.inYearsAndMonths && value === undefined && !question.optional) {
    const or = question.notKnown ? `, or select "${question.notKnown}"` : '';
    return { path, message: `Enter the ${what} in years and months${or}` };
  }
  if (!Number.isNaN(value)) return undefined;
  if (question.inYearsAndMonths)
    return { path, message: `Enter the ${what} in whole years and months, for example 1 year 6 months` };
  if (question.typedUnit) return { path, message: question.typedUnit.otherText };
  return undefined;
}
