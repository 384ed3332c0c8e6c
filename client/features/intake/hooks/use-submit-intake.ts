import type { FieldErrors, UseFormReturn } from 'react-hook-form';
import type { Intake } from '../../../../shared/api/intake';
import { saveSubmittedIntake } from '../../../lib/intake-storage';
import { navigate } from '../../../lib/router';
import { useCreateSummary } from '../api/create-summary';
import type { FormValues } from '../form-values';
import { hasIssues, setServerErrors } from '../set-server-errors';

/**
 * "Create summary": the form's own check, then the request. The summary page reads
 * the intake kept here; a 400 puts each issue on its question; any other failure
 * is returned as `failure`, to show with a way to try again.
 */
export function useSubmitIntake(
  form: UseFormReturn<FormValues, unknown, Intake>,
  showProblems: (errors: FieldErrors<FormValues>) => void,
) {
  const createSummary = useCreateSummary();
  const submit = form.handleSubmit(
    (intake) =>
      createSummary.mutate(intake, {
        onSuccess: () => {
          saveSubmittedIntake(intake);
          navigate('/summary');
        },
        onError: (error) => {
          const errors = setServerErrors(form, error);
          if (errors) showProblems(errors);
        },
      }),
    showProblems,
  );
  return {
    submit: () => void submit(),
    pending: createSummary.isPending,
    failure: createSummary.isError && !hasIssues(createSummary.error) ? createSummary.error.message : undefined,
    reset: createSummary.reset,
  };
}
