import { questionByPath } from '../../../shared/questions/lookup';
import { setPath } from '../../../shared/questions/set-path';
import { emptyValues, formCode, type FormValues } from './form-values';

// A link from the record (the CDS Hooks card) can carry answers it already knows
// in its fragment, never its query, so they reach no server log:
// /#diagnosis.condition=multiple_sclerosis&oralBaclofen.tried=yes
// Only closed answers the catalogue offers are taken; anything else is ignored.

export type Prefill = { values: FormValues; labels: string[] };

export function prefillFromFragment(fragment: string): Prefill | null {
  const values = emptyValues();
  const labels: string[] = [];
  for (const [path, value] of new URLSearchParams(fragment.replace(/^#/, ''))) {
    const question = questionByPath.get(path);
    if (question?.kind !== 'choice' || question.askedWhen) continue;
    const option = question.options.find((candidate) => formCode(candidate.value) === value);
    if (!option) continue;
    setPath(values, path, formCode(option.value));
    labels.push(`${question.label}: ${option.label}`);
  }
  return labels.length > 0 ? { values, labels } : null;
}
