import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import { toIssues, type Issue } from '../../../shared/api/errors';
import { intakeSchema, type Intake } from '../../../shared/api/intake';
import { fieldOfIssue } from './field-of-issue';
import { toIntake, unansweredLists, type FormValues } from './form-values';

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
    else if (!Object.hasOwn(errors, field)) set(errors, field, { type, message: issue.message });
  }
  return { errors, unplaced };
}

/**
 * The shared schema checks the form: answers are turned into the wire intake
 * first, so the form and the server judge exactly the same thing. The form also
 * asks every list to be answered (a tick, or "None of these"), which the wire
 * format cannot tell from an empty list.
 */
export const intakeResolver: Resolver<FormValues, unknown, Intake> = (values) => {
  const result = intakeSchema.safeParse(toIntake(values));
  const lists: Issue[] = unansweredLists(values).map((question) => ({
    path: question.path,
    message: `Select at least one answer for "${question.question}", or "None of these"`,
  }));
  if (result.success && lists.length === 0) return { values: result.data, errors: {} };
  const { errors } = toFieldErrors([...lists, ...(result.success ? [] : toIssues(result.error))]);
  return { values: {}, errors };
};
