import { get } from 'react-hook-form';
import { questionByPath } from '../../../shared/questions/lookup';

/** The question an issue path belongs to: "spasticity.impacts.2" -> "spasticity.impacts". */
export function fieldOfIssue(path: string): string | undefined {
  const parts = path.split('.');
  for (let end = parts.length; end > 0; end--) {
    const candidate = parts.slice(0, end).join('.');
    if (questionByPath.has(candidate)) return candidate;
  }
  return undefined;
}

/** The HTML id of a question's input (or of its first radio or checkbox). */
export const fieldId = (path: string) => `field-${path.replace(/\./g, '-')}`;

/** The message of the error at a question's path, if any (react-hook-form keeps errors nested like the answers). */
export function errorMessageAt(errors: object, path: string): string | undefined {
  const error: unknown = get(errors, path);
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : undefined;
}
