import { get, type FieldErrors, type Path, type UseFormReturn } from 'react-hook-form';
import type { Intake } from '../../../shared/api/intake';
import { questions } from '../../../shared/questions/catalogue';
import { ApiError } from '../../lib/api-client';
import type { FormValues } from './form-values';
import { toFieldErrors } from './intake-resolver';

/**
 * A 400 from the server goes back through setError, one call per question, so it
 * shows like a client error; issues that name no question go to root.serverError.
 * Returns the errors placed, or null when the failure carried no issues.
 */
export function setServerErrors(
  form: UseFormReturn<FormValues, unknown, Intake>,
  error: unknown,
): FieldErrors<FormValues> | null {
  if (!hasIssues(error)) return null;
  const { errors, unplaced } = toFieldErrors(error.body.issues!, 'server');
  for (const question of questions) {
    const fieldError = get(errors, question.path);
    if (fieldError) form.setError(question.path as Path<FormValues>, fieldError);
  }
  if (unplaced.length > 0) form.setError('root.serverError', { type: 'server', message: unplaced.join(' ') });
  return errors;
}

/** A refusal that lists problems with the answers (a 400), rather than a failure to answer. */
export const hasIssues = (error: unknown): error is ApiError =>
  error instanceof ApiError && (error.body.issues?.length ?? 0) > 0;
