import type { IntakeFormValues } from '../../../shared/api/paths';
import { questions } from '../../../shared/questions/catalogue';
import { isAsked, optionOf } from '../../../shared/questions/lookup';
import { setPath } from '../../../shared/questions/set-path';
import type { Question } from '../../../shared/questions/types';
import { readPath } from '../../../shared/api/paths';

// What the form holds, derived from the intake schema's type: text for every
// answer (a half-typed number survives) and a list of texts for every list.
// Two marks live inside answers: NOT_KNOWN for a ticked "Not known" box beside a
// number, and NONE for a ticked "None of these" box in a list. toIntake turns
// the answers into the wire shape; the shared intakeSchema then checks it.

export type FormValues = IntakeFormValues;

export const NOT_KNOWN = 'not_known';
export const NONE = 'none';

/** The form's text for a closed answer's wire value (Penn's "Not assessed" is null on the wire). */
export const formCode = (value: string | number | null): string => (value === null ? 'null' : String(value));

/** Every question unanswered: '' for single answers, [] for lists. */
export function emptyValues(): FormValues {
  const values: Record<string, unknown> = {};
  for (const question of questions) setPath(values, question.path, question.kind === 'list' ? [] : '');
  // The catalogue lists exactly the schema's paths (a test proves it), so this is the whole model.
  return values as FormValues;
}

/** '' is "not answered" (undefined); anything else is a number or NaN, which the schema refuses with its own message. */
const numberOrMissing = (text: string): number | undefined =>
  text.trim() === '' ? undefined : Number(text.trim().replace(',', '.'));

function wireValue(question: Question, answer: unknown): unknown {
  switch (question.kind) {
    case 'list':
      return (answer as string[]).filter((value) => value !== NONE);
    case 'number':
      return answer === NOT_KNOWN ? null : numberOrMissing(answer as string);
    case 'choice': {
      if (answer === '') return undefined;
      const option = question.options.find((candidate) => formCode(candidate.value) === answer);
      return option ? option.value : answer;
    }
    case 'text': {
      const text = (answer as string).trim();
      return text === '' && question.optional ? undefined : text;
    }
  }
}

/**
 * The wire intake for these answers. Questions that do not apply are left out
 * (dose and response unless oral baclofen was tried, the description unless the
 * condition is "other", ...), so an old hidden answer is never sent.
 */
export function toIntake(values: FormValues): unknown {
  const intake: Record<string, unknown> = {};
  for (const question of questions) {
    // An unanswered question is set to undefined, not left out: the schema then names the
    // question itself ("Enter the age") rather than its whole section.
    if (isAsked(question, values)) setPath(intake, question.path, wireValue(question, readPath(values, question.path)));
  }
  return intake;
}

/** The form's answers for an intake (a worked example, or a summary to change). */
export function toFormValues(intake: object): FormValues {
  const values = emptyValues();
  for (const question of questions) {
    const value = readPath(intake, question.path);
    if (value === undefined) continue;
    if (question.kind === 'list')
      setPath(values, question.path, (value as unknown[]).length === 0 ? [NONE] : (value as unknown[]).map(String));
    else if (question.kind === 'number') setPath(values, question.path, value === null ? NOT_KNOWN : String(value));
    else if (question.kind === 'choice') {
      const option = optionOf(question, value);
      setPath(values, question.path, option ? formCode(option.value) : String(value));
    } else setPath(values, question.path, String(value));
  }
  return values;
}

/** Lists the form asks to be answered: a tick, or "None of these". */
export function unansweredLists(values: FormValues): Question[] {
  return questions.filter(
    (question) =>
      question.kind === 'list' &&
      isAsked(question, values) &&
      (readPath(values, question.path) as string[]).length === 0,
  );
}

/** A stored draft is usable only if every question has an answer of the right kind (string, or list of strings). */
export function isFormValues(value: unknown): value is FormValues {
  if (typeof value !== 'object' || value === null) return false;
  return questions.every((question) => {
    const answer = readPath(value, question.path);
    return question.kind === 'list'
      ? Array.isArray(answer) && answer.every((item) => typeof item === 'string')
      : typeof answer === 'string';
  });
}

/** Whether any question has an answer (a draft worth calling "saved answers"). */
export const hasAnswers = (values: FormValues): boolean =>
  questions.some((question) => {
    const answer = readPath(values, question.path);
    return Array.isArray(answer) ? answer.length > 0 : answer !== '';
  });
