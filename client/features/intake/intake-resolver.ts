import { get, set, type FieldErrors, type Resolver } from 'react-hook-form';
import { toIssues, type Issue } from '../../../shared/api/errors';
import { intakeSchema, type Intake } from '../../../shared/api/intake';
import { fieldOfIssue } from './field-of-issue';
import { questions } from '../../../shared/questions/catalogue';
import { isAsked } from '../../../shared/questions/lookup';
import { readPath } from '../../../shared/conditions/holds';
import { toIntake, unansweredLists, type FormValues } from './form-values';
import { typedNumberIssue } from './typed-numbers';

/** Issues by question, the first message of each: the form shows one message per question. */
export function toFieldErrors(
  issues: readonly Issue[],
  type = 'validate',
): { errors: FieldErrors<FormValues>; unplaced: string[] } {
  const errors: FieldErrors<FormValues> = {};
  const unplaced: string[] = [];
  for (const issue of issues) {
    const field = fieldOfIssue(issue.path);
    if (field === undefined) unplaced.push(issue.message);
    // get, not hasOwn: errors nest like the answers ("diagnosis.monthsSinceOnset" is two levels).
    else if (get(errors, field) === undefined) set(errors, field, { type, message: issue.message });
  }
  return { errors, unplaced };
}

/** Problems in what was typed in number boxes, asked questions only, in the words of the boxes. */
const typedNumberIssues = (values: FormValues): Issue[] =>
  questions.flatMap((question) => {
    if (question.kind !== 'number' || !isAsked(question, values)) return [];
    const issue = typedNumberIssue(question, readPath(values, question.path) as string);
    return issue ? [issue] : [];
  });

/**
 * The shared schema checks the form: answers are turned into the wire intake
 * first, so the form and the server judge exactly the same thing. The form also
 * asks every list to be answered (a tick, or "None of these"), which the wire
 * format cannot tell from an empty list, and words number problems for the boxes
 * the user sees; its messages come first (one message per question).
 */
export const intakeResolver: Resolver<FormValues, unknown, Intake> = (values) => {
  const result = intakeSchema.safeParse(toIntake(values));
  const lists: Issue[] = unansweredLists(values).map((question) => ({
    path: question.path,
    message: `Select at least one answer for "${question.question}", or "None of these"`,
  }));
  const formIssues = [...lists, ...typedNumberIssues(values)];
  if (result.success && formIssues.length === 0) return { values: result.data, errors: {} };
  const { errors } = toFieldErrors([...formIssues, ...(result.success ? [] : toIssues(result.error))]);
  return { values: {}, errors };
};
