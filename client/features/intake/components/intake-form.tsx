import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm, type FieldErrors } from 'react-hook-form';
import type { Intake } from '../../../../shared/api/intake';
import { ErrorSummary, type SummaryError } from '../../../components/ui/error-summary';
import { ApiError } from '../../../lib/api-client';
import { clearDraft, loadDraft, saveDraft, saveSubmittedIntake } from '../../../lib/intake-storage';
import { navigate } from '../../../lib/router';
import { useCreateSummary } from '../api/create-summary';
import { emptyValues, type FormValues } from '../form-values';
import { intakeResolver } from '../intake-resolver';
import { setServerErrors } from '../set-server-errors';
import { fieldId, stepOfField, steps, type StepId } from '../steps';
import { CheckAnswers } from './check-answers';
import { StepContent } from './step-content';
import { StepNav } from './step-nav';
import './intake-form.css';

type Screen = StepId | 'check';

function errorMessages(errors: FieldErrors<FormValues>, paths: readonly string[]): SummaryError[] {
  return paths.flatMap((path) => {
    let node: unknown = errors;
    for (const key of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[key];
    const message = (node as { message?: string } | undefined)?.message;
    return message ? [{ fieldId: fieldId(path), message }] : [];
  });
}

export function IntakeForm() {
  const [draft] = useState(() => loadDraft<FormValues>());
  const form = useForm<FormValues, unknown, Intake>({
    defaultValues: draft?.values ?? emptyValues(),
    resolver: intakeResolver,
    shouldFocusError: false,
  });
  const [screen, setScreen] = useState<Screen>((draft?.step as Screen | undefined) ?? 'patient');
  const [attempt, setAttempt] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const createSummary = useCreateSummary();

  // Every change is kept in this tab's sessionStorage, never sent anywhere.
  useEffect(() => {
    const subscription = form.watch((values) => saveDraft({ values, step: screen }));
    saveDraft({ values: form.getValues(), step: screen });
    return () => subscription.unsubscribe();
  }, [form, screen]);

  // After moving to a step, focus the field asked for (Change links) or the step heading.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const target = pendingFocus.current ? document.getElementById(pendingFocus.current) : headingRef.current;
    pendingFocus.current = null;
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }, [screen]);

  const goTo = (next: Screen, focusId = '') => {
    pendingFocus.current = focusId;
    setAttempt(0);
    setScreen(next);
  };

  const stepIndex = steps.findIndex((step) => step.id === screen);
  const currentFields = stepIndex >= 0 ? steps[stepIndex]!.fields : steps.flatMap((step) => step.fields);
  const summaryErrors = attempt > 0 ? errorMessages(form.formState.errors, currentFields) : [];
  const rootError = form.formState.errors.root?.serverError?.message;

  const next = async () => {
    const valid = await form.trigger(steps[stepIndex]!.fields as never);
    if (!valid) return setAttempt((n) => n + 1);
    goTo(steps[stepIndex + 1]?.id ?? 'check');
  };

  const showFirstError = (path: string) => {
    pendingFocus.current = null;
    setScreen(stepOfField(path));
    setAttempt((n) => n + 1);
  };

  const submit = form.handleSubmit(
    (intake) =>
      createSummary.mutate(intake, {
        onSuccess: () => {
          saveSubmittedIntake(intake);
          navigate('/summary');
        },
        onError: (error) => {
          if (error instanceof ApiError && error.body.issues?.length) {
            setServerErrors(error.body.issues, form.setError);
            showFirstError(error.body.issues[0]!.path);
          }
        },
      }),
    (errors) => {
      const first = steps.flatMap((step) => step.fields).find((path) => errorMessages(errors, [path]).length > 0);
      showFirstError(first ?? 'patient.ageYears');
    },
  );

  const clearAnswers = () => {
    form.reset(emptyValues());
    clearDraft();
    createSummary.reset();
    goTo('patient');
    setAnnouncement('All answers cleared.');
  };

  const title = screen === 'check' ? 'Check your answers' : steps[stepIndex]!.title;
  const networkFailure = createSummary.isError && !(createSummary.error instanceof ApiError && createSummary.error.body.issues);

  return (
    <FormProvider {...form}>
      <div className="intake">
        <StepNav current={screen} onSelect={(id) => goTo(id)} />
        <form className="intake-form" noValidate onSubmit={(event) => event.preventDefault()}>
          <ErrorSummary errors={summaryErrors} attempt={attempt} />
          <h2 className="step-heading" tabIndex={-1} ref={headingRef}>
            {stepIndex >= 0 && <span className="step-caption">Step {stepIndex + 1} of {steps.length}</span>}
            {title}
          </h2>
          {screen === 'check' ? (
            <CheckAnswers onChange={(id, focusId) => goTo(id, focusId)} />
          ) : (
            <StepContent step={screen} />
          )}
          {rootError && <p className="error-message">{rootError}</p>}
          {networkFailure && (
            <div className="error-summary" role="alert">
              <h2 className="error-summary-title">The summary could not be created</h2>
              <p>{createSummary.error.message} Your answers are still here.</p>
              <button type="button" className="button" onClick={() => submit()}>
                Try again
              </button>
            </div>
          )}
          <div className="form-actions">
            {stepIndex > 0 && (
              <button type="button" className="button button-secondary" onClick={() => goTo(steps[stepIndex - 1]!.id)}>
                Back
              </button>
            )}
            {screen === 'check' ? (
              <button type="button" className="button" onClick={() => submit()} disabled={createSummary.isPending}>
                {createSummary.isPending ? 'Creating summary…' : 'Create summary'}
              </button>
            ) : (
              <button type="button" className="button" onClick={next}>
                Continue
              </button>
            )}
          </div>
        </form>
      </div>
      <div className="draft-note">
        <p>
          Your answers are kept in this browser tab only, until you close it. Nothing is sent until you select
          &ldquo;Create summary&rdquo;.
        </p>
        <button type="button" className="button button-secondary" onClick={clearAnswers}>
          Clear answers
        </button>
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
      </div>
    </FormProvider>
  );
}

