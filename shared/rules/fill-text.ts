import type { Because } from '../api/summary';
import type { Intake } from '../api/intake';
import { readPath } from './evaluate';
import { fieldInWords, valueInWords } from './words';

const placeholder = /\{([a-zA-Z.]+)\}/g;

/** A template split once into literal text and the paths to fill: odd indexes are paths. */
const splitTemplate = (template: string): string[] => template.split(placeholder);
const splitCache = new Map<string, string[]>();

/** A finding's text with the patient's answers in place: "Modified Ashworth {spasticity.modifiedAshworth}" -> "Modified Ashworth 3". */
export function fillText(template: string, intake: Intake, because: readonly Because[]): string {
  let parts = splitCache.get(template);
  if (!parts) splitCache.set(template, (parts = splitTemplate(template)));
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 0) text += part;
    else if (part === 'because') text += because.map((entry) => fieldInWords(entry.path, { lower: true })).join(', ');
    else text += valueInWords(part, readPath(intake, part));
  }
  return text;
}

/** The same text for the rule listing, naming each answer instead of filling it: "Modified Ashworth [modified Ashworth score]". */
export function templateInWords(template: string): string {
  return template.replace(placeholder, (_match, path: string) =>
    path === 'because' ? '[the answers that were "not sure"]' : `[${fieldInWords(path, { lower: true })}]`,
  );
}
