import { FormProvider } from 'react-hook-form';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { LoadError } from '../../../components/ui/load-error';
import { fieldId } from '../field-of-issue';
import { useDraftAnswers } from '../hooks/use-draft-answers';
import { useStepFocus } from '../hooks/use-step-focus';
import { useStepNavigation } from '../hooks/use-step-navigation';
import { useSubmitIntake } from '../hooks/use-submit-intake';
import { screens } from '../screens';
import { CheckAnswers } from './check-answers';
import { ClearAnswersButton } from './clear-answers-button';
import { SavedAnswersNotice } from './saved-answers-notice';
import { StepNav } from './step-nav';
import { StepQuestions } from './step-questions';
import './intake-form.css';

/** The referral form: one step per screen, then "Check your answers" and "Create summary". */
export function IntakeForm() {
  const draft = useDraftAnswers();
  const { form } = draft;
  const step = useStepNavigation(form);
  const headingRef = useStepFocus(step.screen, step.arrivalFocus);
  const summary = useSubmitIntake(form, step.showProblems);
  const rootError = form.formState.errors.root?.serverError?.message;

  // The buttons that cleared or kept the answers go away: the keyboard stays on the step's heading.
  const clearAnswers = () => {
    draft.clear();
    summary.reset();
    step.goTo('patient');
    headingRef.current?.focus();
  };

  return (
    <FormProvider {...form}>
      {draft.cleared && (
        <p className="inset inset-success" role="status">
          All answers cleared. The form is empty and nothing about the last patient is stored in this browser.
        </p>
      )}
      {draft.savedNotice && (
        <SavedAnswersNotice
          onClear={clearAnswers}
          onKeep={() => {
            draft.keepSaved();
            headingRef.current?.focus();
          }}
        />
      )}
      {draft.link.kind === 'filled' && !draft.cleared && (
        <p className="inset" role="status">
          <strong>From the patient&rsquo;s record:</strong> {draft.link.labels.join('; ')}. Check these as you go.
        </p>
      )}
      {draft.link.kind === 'refused' && !draft.cleared && (
        <p className="inset" role="status">
          The answers in the link you followed were not used: it is not a link this form makes. Fill in the form as
          usual.
        </p>
      )}
      <div className="intake">
        <form className="intake-form" noValidate onSubmit={(event) => event.preventDefault()}>
          <ErrorSummary errors={step.problems} focusKey={`${step.attempt}-${step.screen}`} />
          <h2 className="step-heading" tabIndex={-1} ref={headingRef}>
            <span className="step-caption">
              Step {step.index + 1} of {screens.length}
            </span>
            {step.title}
          </h2>
          {step.screen === 'check' ? (
            <CheckAnswers onChange={(id, path) => step.goTo(id, { focus: path && fieldId(path), back: true })} />
          ) : (
            <StepQuestions step={step.screen} />
          )}
          {rootError && <p className="error-message">{rootError}</p>}
          {summary.failure && (
            <LoadError
              title="The summary could not be created"
              message={`${summary.failure} Your answers are still here.`}
              onRetry={summary.submit}
            />
          )}
          <div className="form-actions">
            {step.index > 0 && (
              <button type="button" className="button button-secondary" onClick={step.back}>
                Back
              </button>
            )}
            {step.screen === 'check' ? (
              <button type="button" className="button" onClick={summary.submit} disabled={summary.pending}>
                {summary.pending ? 'Creating summary…' : 'Create summary'}
              </button>
            ) : (
              <button type="button" className="button" onClick={step.next}>
                {step.returnToCheck ? 'Continue to check your answers' : 'Continue'}
              </button>
            )}
          </div>
        </form>
        {/* After the questions, so the keyboard reaches the first question without passing every step. */}
        <StepNav current={step.screen} onSelect={(id) => step.goTo(id)} />
      </div>
      <div className="draft-note">
        <p>
          Your answers are kept in this browser tab only, until you clear them or close the tab. Nothing is sent until
          you select &ldquo;Create summary&rdquo;. On a shared computer, clear the answers when you are done: the
          browser may keep them on disk while the tab is open.
        </p>
        <ClearAnswersButton label="Clear answers" className="button button-secondary" onClear={clearAnswers} />
      </div>
    </FormProvider>
  );
}
