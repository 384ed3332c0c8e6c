import { useRef, useState } from 'react';
import type { FieldErrors, Path, UseFormReturn } from 'react-hook-form';
import type { Intake } from '../../../../shared/api/intake';
import { questions } from '../../../../shared/questions/catalogue';
import { questionsOfStep } from '../../../../shared/questions/lookup';
import type { SummaryError } from '../../../components/ui/error-summary';
import { navigate, useSearchParam } from '../../../lib/router';
import { errorMessageAt, fieldId } from '../field-of-issue';
import type { FormValues } from '../form-values';
import { screenHref, screenOf, screens, type Screen } from '../screens';

const pathsOf = (screen: Screen) =>
  (screen === 'check' ? questions : questionsOfStep(screen)).map((question) => question.path);

/** What the next screen focuses when it opens: a field's id, the error summary, or (empty) its heading. */
export type ArrivalFocus = { current: string | null };

/**
 * The screen in the address (so Back and Forward move between steps), moving
 * between screens, and the failed attempts that show the error summary.
 */
export function useStepNavigation(form: UseFormReturn<FormValues, unknown, Intake>) {
  const screen = screenOf(useSearchParam('step'));
  const returnToCheck = useSearchParam('return') === 'check';
  const [attempt, setAttempt] = useState(0);
  const arrivalFocus: ArrivalFocus = useRef<string | null>(null);
  const index = screens.findIndex((candidate) => candidate.id === screen);

  const goTo = (next: Screen, { focus = '', back = false } = {}) => {
    arrivalFocus.current = focus;
    setAttempt(0);
    navigate(screenHref(next, { returnToCheck: back }), { scroll: false });
  };

  /** After a failed Continue or Create summary: the step of the first problem, its error summary focused. */
  const showProblems = (errors: FieldErrors<FormValues>) => {
    const first = questions.find((question) => errorMessageAt(errors, question.path));
    setAttempt((n) => n + 1);
    if (first && first.step !== screen) {
      arrivalFocus.current = 'errors';
      navigate(screenHref(first.step, { returnToCheck: true }), { scroll: false });
    }
  };

  const next = async () => {
    const valid = await form.trigger(pathsOf(screen) as Path<FormValues>[]);
    if (!valid) return setAttempt((n) => n + 1);
    goTo(returnToCheck ? 'check' : screens[index + 1]!.id);
  };

  const problems: SummaryError[] =
    attempt > 0
      ? pathsOf(screen).flatMap((path) => {
          const message = errorMessageAt(form.formState.errors, path);
          return message ? [{ fieldId: fieldId(path), message }] : [];
        })
      : [];

  return {
    screen,
    index,
    title: screens[index]!.title,
    returnToCheck,
    attempt,
    problems,
    arrivalFocus,
    goTo,
    next,
    back: () => goTo(screens[index - 1]!.id),
    showProblems,
  };
}
