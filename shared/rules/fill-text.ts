import type { Because } from '../api/summary';
import { readPath } from '../conditions/holds';
import { patientWords } from '../questions/patient-words';
import { forAudience, type Audience } from '../text/audience';
import { joinList } from '../text/lists';
import { fieldInWords, valueInWords } from './words';

// Clinician texts name answers as {dot.path}; the summary fills them in words.
// {because.fields} lists the answers that made the rule fire by name, and
// {because.answers} by name and value. Patient texts may name only
// {because.fields}, in the patient's words ("any infection or open wound now").

const placeholder = /\{([a-zA-Z.]+)\}/g;

const becauseWords: Record<string, (because: readonly Because[]) => string> = {
  'because.fields': (because) => because.map((entry) => fieldInWords(entry.path, { lower: true })).join('; '),
  'because.answers': (because) =>
    because
      .map((entry) => `${fieldInWords(entry.path, { lower: true })}: ${valueInWords(entry.path, entry.value)}`)
      .join('; '),
};

/** A template split once into literal text and the paths to fill: odd indexes are paths. */
const splitCache = new Map<string, string[]>();

/** A finding's text with the patient's answers in place: "Modified Ashworth {spasticity.modifiedAshworth}" -> "Modified Ashworth 3". */
export function fillText(template: string, answers: object, because: readonly Because[]): string {
  let parts = splitCache.get(template);
  if (!parts) splitCache.set(template, (parts = template.split(placeholder)));
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 0) text += part;
    else text += becauseWords[part]?.(because) ?? valueInWords(part, readPath(answers, part));
  }
  return text;
}

const andList = (items: readonly string[]) => joinList(items, 'en-GB');

// Patient templates are rule data, so each has two readings only: worked out once
// (per request, the regular expressions over every text cost more than the rules).
const readings: Record<Audience, Map<string, string>> = { adult: new Map(), child: new Map() };
const readingOf = (template: string, audience: Audience) => {
  let reading = readings[audience].get(template);
  if (reading === undefined) readings[audience].set(template, (reading = forAudience(template, audience)));
  return reading;
};

/** A patient text for this audience, {because.fields} as the patient's words: "seizures (fits) and a shunt". */
export function fillPatientText(template: string, because: readonly Because[], audience: Audience): string {
  const reading = readingOf(template, audience);
  if (!reading.includes('{because.fields}')) return reading;
  const words = because.map((entry) =>
    readingOf(patientWords[entry.path as keyof typeof patientWords] ?? entry.path, audience),
  );
  return reading.replace('{because.fields}', andList(words));
}

/** The same text for the rule listing, naming each answer instead of filling it: "Modified Ashworth [modified Ashworth score]". */
export function templateInWords(template: string): string {
  return template.replace(placeholder, (_match, path: string) =>
    path.startsWith('because.') ? '[the answers that raised this point]' : `[${fieldInWords(path, { lower: true })}]`,
  );
}

/** Every {placeholder} of a template, for the tests that check each names a real answer. */
export const placeholdersOf = (template: string): string[] =>
  [...template.matchAll(placeholder)].map((match) => match[1]!);
