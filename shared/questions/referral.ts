import { readPath } from '../api/paths';
import { steps } from './catalogue';
import { describeValue, isAsked, questionsOfStep } from './lookup';
import type { StepId } from './types';

export type AnswerRow = { path: string; label: string; words: string };
export type AnswerGroup = { step: StepId; title: string; rows: AnswerRow[] };

/**
 * Every answer of an intake in words, grouped as in the form: the referral data
 * the specialist reads first. "No" answers and empty lists are shown too;
 * questions that did not apply (a follow-up not asked) are left out.
 */
export function referralData(intake: object): AnswerGroup[] {
  return steps.map((step) => ({
    step: step.id,
    title: step.title,
    rows: questionsOfStep(step.id)
      .filter((question) => isAsked(question, intake))
      .map((question) => {
        return {
          path: question.path,
          label: question.label,
          words: describeValue(question.path, readPath(intake, question.path)),
        };
      }),
  }));
}
