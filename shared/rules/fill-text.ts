import type { Because } from '../api/summary';
import type { Intake } from '../api/intake';
import { readPath } from './evaluate';
import { fieldInWords, valueInWords } from './words';

const placeholder = /\{([a-zA-Z.]+)\}/g;

/** A finding's text with the patient's answers in place: "Modified Ashworth {spasticity.modifiedAshworth}" -> "Modified Ashworth 3". */
export function fillText(template: string, intake: Intake, because: readonly Because[]): string {
  return template.replace(placeholder, (_match, path: string) =>
    path === 'because'
      ? because.map((entry) => fieldInWords(entry.path, { lower: true })).join(', ')
      : valueInWords(path, readPath(intake, path)),
  );
}

/** The same text for the rule listing, naming each answer instead of filling it: "Modified Ashworth [Modified Ashworth score]". */
export function templateInWords(template: string): string {
  return template.replace(placeholder, (_match, path: string) =>
    path === 'because' ? '[the answers that were "not sure"]' : `[${fieldInWords(path, { lower: true })}]`,
  );
}
