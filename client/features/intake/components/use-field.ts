import { useFormContext, type FieldPath as FormPath, type RegisterOptions } from 'react-hook-form';
import type { FormValues } from '../form-values';
import { fieldId } from '../steps';

function errorAt(errors: unknown, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[key];
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/** id, current error and registration of one question, by its path. */
export function useField(path: FormPath<FormValues>, options?: RegisterOptions<FormValues>) {
  const { register, formState } = useFormContext<FormValues>();
  return { id: fieldId(path), error: errorAt(formState.errors, path), registration: register(path, options) };
}

type ListPath = 'spasticity.impacts' | 'oralBaclofen.sideEffects' | 'otherTreatments' | 'goals';
type NonePath = 'spasticity.impactsNone' | 'oralBaclofen.sideEffectsNone' | 'otherTreatmentsNone' | 'goalsNone';

/** A checkbox list with an exclusive "None of these": ticking it clears the list, and ticking an item clears it. */
export function useListWithNone(listPath: ListPath, nonePath: NonePath) {
  const { setValue, watch } = useFormContext<FormValues>();
  const field = useField(listPath, {
    onChange: (event: { target: { checked: boolean } }) => {
      if (event.target.checked) setValue(nonePath, false, { shouldDirty: true });
    },
  });
  const none = {
    checked: watch(nonePath),
    onChange: (checked: boolean) => {
      setValue(nonePath, checked, { shouldDirty: true });
      if (checked) setValue(listPath, [], { shouldDirty: true, shouldValidate: false });
    },
  };
  return { ...field, none };
}
