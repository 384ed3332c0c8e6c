import { useEffect, useRef, useState } from 'react';
import { FormProvider, get, useForm, type FieldErrors, type Path } from 'react-hook-form';
import type { Intake } from '../../../../shared/api/intake';
import { questions } from '../../../../shared/questions/catalogue';
import { questionsOfStep } from '../../../../shared/questions/lookup';
import { ErrorSummary, type SummaryError } from '../../../components/ui/error-summary';
import { LoadError } from '../../../components/ui/load-error';
import { ApiError } from '../../../lib/api-client';
import { clearAllAnswers } from '../../../lib/clear-answers';
import { loadDraft, saveDraft, saveSubmittedIntake } from '../../../lib/intake-storage';
import { navigate, useSearchParam } from '../../../lib/router';
import { useCreateSummary } from '../api/create-summary';
import { errorMessageAt, fieldId } from '../field-of-issue';
import { emptyValues, hasAnswers, isFormValues, type FormValues } from '../form-values';
import { intakeResolver, toFieldErrors } from '../intake-resolver';
import { prefillFromFragment } from '../prefill';
import { screenHref, screenOf, screens, type Screen } from '../screens';
import { CheckAnswers } from './check-answers';
import { SavedAnswersNotice } from './saved-answers-notice';
import { StepNav } from './step-nav';
import { StepQuestions } from './step-questions';
import './intake-form.css';

const pathsOf = (screen: Screen) =>
  (screen === 'check' ? questions : questionsOfStep(screen)).map((question) => question.path);

function errorMessages(errors: FieldErrors<FormValues>, paths: readonly string[]): SummaryError[] {
  return paths.flatMap((path) => {
    const message = errorMessageAt(errors, path);
    return message ? [{ fieldId: fieldId(path), message }] : [];
  });
}

/**
 * Saved answers of this tab if there are any (the form says so); else the answers
 * a link from the record carries in its fragment; else an empty form.
 */
function startingAnswers() {
  const draft = loadDraft(isFormValues);
  if (draft && hasAnswers(draft)) return { values: draft, saved: true, prefilled: [] };
  const prefill = prefillFromFragment(window.location.hash);
  return { values: prefill?.values ?? emptyValues(), saved: false, prefilled: prefill?.labels ?? [] };
}

export function IntakeForm() {
  const [start] = useState(startingAnswers);
  const form = useForm<FormValues, unknown, Intake>({
    defaultValues: start.values,
    resolver: intakeResolver,
    shouldFocusError: false,
  });
  const screen = screenOf(useSearchParam('step'));
  const returnToCheck = useSearchParam('return') === 'check';
  const [attempt, setAttempt] = useState(0);
  const [cleared, setCleared] = useState(false);
  const [showSaved, setShowSaved] = useState(start.saved);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const createSummary = useCreateSummary();

  // The record's answers are taken once: the fragment leaves the address, so a reload or a
  // bookmark does not bring them back over the user's own.
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }, []);

  // Every change is kept in this tab's sessionStorage, never sent anywhere.
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          saveDraft(values);
          setCleared(false);
        },
      }),
    [form],
  );

  // On a new screen, focus the question asked for (Change links) or the heading, which also
  // tells screen readers where Back and Forward landed. Failed attempts focus the error summary
  // instead, and the first screen of a visit takes no focus: the page opens at its top.
  const focusedScreen = useRef(screen);
  useEffect(() => {
    if (focusedScreen.current === screen) return;
    focusedScreen.current = screen;
    const wanted = pendingFocus.current;
    pendingFocus.current = null;
    if (wanted === 'errors') return;
    const target = wanted ? document.getElementById(wanted) : headingRef.current;
    target?.focus();
    target?.scrollIntoView({ block: wanted ? 'center' : 'nearest' });
  }, [screen]);

  const goTo = (next: Screen, { focus = '', back = false } = {}) => {
    pendingFocus.current = focus;
    setAttempt(0);
    navigate(screenHref(next, { returnToCheck: back }), { scroll: false });
  };

  const index = screens.findIndex((candidate) => candidate.id === screen);
  const summaryErrors = attempt > 0 ? errorMessages(form.formState.errors, pathsOf(screen)) : [];

  const next = async () => {
    const valid = await form.trigger(pathsOf(screen) as Path<FormValues>[]);
    if (!valid) return setAttempt((n) => n + 1);
    goTo(returnToCheck ? 'check' : screens[index + 1]!.id);
  };

  /** After a failed Create summary: the step of the first problem, its error summary focused. */
  const showProblems = (errors: FieldErrors<FormValues>) => {
    const first = questions.find((question) => errorMessageAt(errors, question.path));
    setAttempt((n) => n + 1);
    if (first && first.step !== screen) {
      pendingFocus.current = 'errors';
      navigate(screenHref(first.step, { returnToCheck: true }), { scroll: false });
    }
  };

  const submit = form.handleSubmit(
    (intake) =>
      createSummary.mutate(intake, {
        onSuccess: () => {
          saveSubmittedIntake(intake);
          navigate('/summary');
        },
        onError: (error) => {
          if (!(error instanceof ApiError) || !error.body.issues?.length) return;
          const { errors, unplaced } = toFieldErrors(error.body.issues, 'server');
          for (const question of questions) {
            const fieldError = get(errors, question.path);
            if (fieldError) form.setError(question.path as Path<FormValues>, fieldError);
          }
          if (unplaced.length > 0) form.setError('root.serverError', { type: 'server', message: unplaced.join(' ') });
          showProblems(errors);
        },
      }),
    showProblems,
  );

  const clearAnswers = () => {
    clearAllAnswers();
    form.reset(emptyValues());
    createSummary.reset();
    setShowSaved(false);
    goTo('patient');
    setCleared(true);
  };

  const current = screens[index]!;
  const rootError = form.formState.errors.root?.serverError?.message;
  const networkFailure =
    createSummary.isError && !(createSummary.error instanceof ApiError && createSummary.error.body.issues);

  return (
    <FormProvider {...form}>
      {cleared && (
        <p className="inset inset-success" role="status">
          All answers cleared. The form is empty and nothing about the last patient is stored in this browser.
        </p>
      )}
      {showSaved && <SavedAnswersNotice onClear={clearAnswers} onKeep={() => setShowSaved(false)} />}
      {start.prefilled.length > 0 && !cleared && (
        <p className="inset" role="status">
          <strong>From the patient&rsquo;s record:</strong> {start.prefilled.join('; ')}. Check these as you go.
        </p>
      )}
      <div className="intake">
        <StepNav current={screen} onSelect={(id) => goTo(id)} />
        <form className="intake-form" noValidate onSubmit={(event) => event.preventDefault()}>
          <ErrorSummary errors={summaryErrors} focusKey={`${attempt}-${screen}`} />
          <h2 className="step-heading" tabIndex={-1} ref={headingRef}>
            <span className="step-caption">
              Step {index + 1} of {screens.length}
            </span>
            {current.title}
          </h2>
          {screen === 'check' ? (
            <CheckAnswers onChange={(step, path) => goTo(step, { focus: fieldId(path), back: true })} />
          ) : (
            <StepQuestions step={screen} />
          )}
          {rootError && <p className="error-message">{rootError}</p>}
          {networkFailure && (
            <LoadError
              title="The summary could not be created"
              message={`${createSummary.error.message} Your answers are still here.`}
              onRetry={() => submit()}
            />
          )}
          <div className="form-actions">
            {index > 0 && (
              <button type="button" className="button button-secondary" onClick={() => goTo(screens[index - 1]!.id)}>
                Back
              </button>
            )}
            {screen === 'check' ? (
              <button type="button" className="button" onClick={() => submit()} disabled={createSummary.isPending}>
                {createSummary.isPending ? 'Creating summary…' : 'Create summary'}
              </button>
            ) : (
              <button type="button" className="button" onClick={next}>
                {returnToCheck ? 'Continue to check your answers' : 'Continue'}
              </button>
            )}
          </div>
        </form>
      </div>
      <div className="draft-note">
        <p>
          Your answers are kept in this browser tab only, until you clear them or close the tab. Nothing is sent until
          you select &ldquo;Create summary&rdquo;. On a shared computer, clear the answers when you are done: the
          browser may keep them on disk while the tab is open.
        </p>
        <button type="button" className="button button-secondary" onClick={clearAnswers}>
          Clear answers
        </button>
      </div>
    </FormProvider>
  );
}
