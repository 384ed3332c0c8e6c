import type { ReactNode } from 'react';
import { useFormContext, type Path } from 'react-hook-form';
import type { Question } from '../../../../shared/questions/types';
import { errorMessageAt, fieldId } from '../field-of-issue';
import type { FormValues } from '../form-values';

/** A field's props: its question of the catalogue, and follow-ups to show inside it. */
export type Props<Q extends Question> = { question: Q; children?: ReactNode };

export const legendOf = (question: Question) =>
  question.optional ? `${question.question} (optional)` : question.question;

/** What every field needs: its id, its path in the form, its error, and register. */
export function useQuestion(question: Question) {
  const { register, formState } = useFormContext<FormValues>();
  const path = question.path as Path<FormValues>;
  return { id: fieldId(path), path, error: errorMessageAt(formState.errors, path), register };
}
