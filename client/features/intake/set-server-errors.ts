import type { UseFormSetError } from 'react-hook-form';
import type { Issue } from '../../../shared/api/errors';
import { fieldLabels } from '../../../shared/api/labels';
import type { FormValues } from './form-values';

/** The form field an issue path belongs to: "spasticity.impacts.2" -> "spasticity.impacts"; "oralBaclofen" -> "oralBaclofen.tried". */
export function fieldOfIssue(path: string): string | undefined {
  const parts = path.split('.');
  for (let end = parts.length; end > 0; end--) {
    const candidate = parts.slice(0, end).join('.');
    if (candidate in fieldLabels) return candidate;
  }
  return path === 'oralBaclofen' ? 'oralBaclofen.tried' : undefined;
}

/** Puts the server's 400 issues on the same fields as client errors; the rest go to root.serverError. */
export function setServerErrors(issues: readonly Issue[], setError: UseFormSetError<FormValues>): void {
  const unplaced: string[] = [];
  for (const issue of issues) {
    const field = fieldOfIssue(issue.path);
    if (field) setError(field as never, { type: 'server', message: issue.message });
    else unplaced.push(issue.message);
  }
  if (unplaced.length > 0) setError('root.serverError', { type: 'server', message: unplaced.join(' ') });
}
