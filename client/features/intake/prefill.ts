import { describeValue, questionByPath } from '../../../shared/questions/lookup';
import { setPath } from '../../../shared/questions/set-path';
import type { Question } from '../../../shared/questions/types';
import { emptyValues, formCode, type FormValues } from './form-values';

// A link from the record (the CDS Hooks card) can carry answers it already knows
// in its fragment, never its query, so they reach no server log:
// /#diagnosis.condition=multiple_sclerosis&oralBaclofen.tried=yes&patient.ageYears=42&patient.weightKg=68.5
// Anyone can make such a link, and the form labels its answers "from the patient's
// record", so it takes exactly what the card sends or nothing: the keys below, each
// once, with answers the form offers, in a short fragment. Anything else is a link
// the card did not make, and the whole fragment is set aside.

/** The answers the card may send, in the order of the form. */
const recordPaths = ['patient.ageYears', 'patient.weightKg', 'diagnosis.condition', 'oralBaclofen.tried'];

/** Four answers need about 130 characters; the limit is checked before any parsing. */
const maxFragment = 512;

export type Prefill = { kind: 'none' } | { kind: 'refused' } | { kind: 'filled'; values: FormValues; labels: string[] };

/** The wire value the link gives for a question, or undefined if the card would never send that text. */
function wireValue(question: Question, text: string): string | number | undefined {
  if (question.kind === 'choice')
    return question.options.find((option) => formCode(option.value) === text)?.value ?? undefined;
  if (question.kind !== 'number') return undefined;
  // Digits only (no "4e1", no sign): whole numbers, or up to two decimals where the question allows them.
  const shape = question.integer ? /^\d{1,3}$/ : /^\d{1,3}(\.\d{1,2})?$/;
  const value = Number(text);
  return shape.test(text) && value >= question.min && value <= question.max ? value : undefined;
}

export function prefillFromFragment(fragment: string): Prefill {
  // The length first: a long fragment is refused before it is copied or parsed.
  if (fragment.length > maxFragment + 1) return { kind: 'refused' };
  const text = fragment.replace(/^#/, '');
  if (text === '') return { kind: 'none' };
  if (text.length > maxFragment) return { kind: 'refused' };
  const given = new Map<string, string | number>();
  for (const [path, answer] of new URLSearchParams(text)) {
    const question = recordPaths.includes(path) ? questionByPath.get(path) : undefined;
    const value = question && !given.has(path) ? wireValue(question, answer) : undefined;
    if (value === undefined) return { kind: 'refused' };
    given.set(path, value);
  }
  const values = emptyValues();
  const labels: string[] = [];
  for (const path of recordPaths.filter((candidate) => given.has(candidate))) {
    const value = given.get(path)!;
    setPath(values, path, formCode(value));
    labels.push(`${questionByPath.get(path)!.label}: ${describeValue(path, value)}`);
  }
  return { kind: 'filled', values, labels };
}
