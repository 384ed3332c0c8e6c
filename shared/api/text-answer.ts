import { z } from 'zod';

// Every text answer of the intake (the description, the notes) is checked here
// and nowhere else, for the JSON API, FHIR $intake and $summary, and the form.
//
// Refused, with the character named: C0 controls but tab, LF and CR; DEL and the
// C1 controls; Unicode noncharacters; a lone surrogate; and the bidi embedding,
// override and isolate controls (U+202A-U+202E, U+2066-U+2069). FHIR strings
// allow no control below U+0020 but those three, XML 1.0 (the FHIR narrative)
// none of them nor a lone surrogate nor U+FFFE and U+FFFF, and a right-to-left
// override left open reverses the text after the answer wherever the answer is
// not isolated: inside a clinician text that quotes the description, in a
// summary copied as text. Pages isolate answers too (<bdi>), for the
// right-to-left letters that remain allowed.
//
// A text with no visible character (spaces, U+200B, U+00AD, U+180E, a Hangul
// filler, ...) is no answer: it is dropped, so a required one is missing
// ("Describe the condition") and optional notes are "Not given". Answers are
// trimmed.

const refused = /(?![\t\n\r])[\p{Cc}\p{Cs}\p{NChar}\u202A-\u202E\u2066-\u2069]/u;

/** A letter, number, punctuation mark or symbol that shows: not a default-ignorable one, nor the braille blank. */
const visible = /(?![\p{DI}\u2800])[\p{L}\p{N}\p{P}\p{S}]/u;

/** What the refused character is, in words. */
function kindOf(char: string): string {
  if (/\p{Cs}/u.test(char)) return 'unpaired surrogate';
  if (/\p{NChar}/u.test(char)) return 'noncharacter';
  if (/\p{Cc}/u.test(char)) return 'control character';
  return 'text direction control';
}

/**
 * Why a text cannot be kept as an answer: its first refused character, named by
 * kind, code point and place ("control character U+0007 (character 12)"), or
 * undefined when every character may stay.
 */
export function refusedCharacter(text: string): string | undefined {
  const match = refused.exec(text);
  if (!match) return undefined;
  const char = match[0];
  const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  const place = [...text.slice(0, match.index)].length + 1;
  return `${kindOf(char)} U+${code} (character ${place})`;
}

/**
 * A text answer as the intake keeps it: trimmed, or undefined when nothing in it
 * shows. Text with a refused character is left as it is, for the schema to refuse.
 * The form reads answers through this too, so "Check your answers" agrees.
 */
export function normaliseText(value: unknown): unknown {
  if (typeof value !== 'string' || refused.test(value)) return value;
  const text = value.trim();
  return visible.test(text) ? text : undefined;
}

type Words = {
  /** When the answer is not a string: "Describe the condition in words". */
  notText: string;
  /** The answer inside a sentence: "the description", "the notes". */
  name: string;
  /** When it is too long, given the limit. */
  tooLong: (maxLength: number) => string;
};

/** An optional text answer of at most maxLength characters (after trimming). */
export const textAnswer = (maxLength: number, words: Words) =>
  z.preprocess(
    normaliseText,
    z
      .string({ error: words.notText })
      .max(maxLength, { error: words.tooLong(maxLength) })
      .refine((text) => refusedCharacter(text) === undefined, {
        error: (issue) =>
          `Remove the ${refusedCharacter(issue.input as string)} from ${words.name}: it may have come with pasted text`,
      })
      .optional(),
  );
