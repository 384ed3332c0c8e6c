import { questions } from '../questions/catalogue';
import { describeField, describeValue } from '../questions/lookup';

// How answers read inside sentences: scores and numbers as they are, answer
// words in lower case after the first word ("A pump" -> "a pump", but never "IV" -> "iV").

export const lowerFirst = (text: string) =>
  /^[A-Z](?:[a-z]|\s)/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

// The words of every closed answer inside a sentence, worked out once: the summary
// fills about nine answers per request. (Catalogue words only, never an answer given.)
const closedAnswerWords = new Map<string, Map<unknown, string>>(
  questions.map((question) => [
    question.path,
    new Map('options' in question ? question.options.map((option) => [option.value, lowerFirst(option.label)]) : []),
  ]),
);

const oneInWords = (path: string, value: unknown) =>
  closedAnswerWords.get(path)?.get(value as string) ?? lowerFirst(describeValue(path, value));

/** An answer as it reads inside a sentence: "3", "60 mg a day", "both legs", "not known". */
export function valueInWords(path: string, value: unknown): string {
  if (Array.isArray(value) && value.length > 0) return value.map((item) => oneInWords(path, item)).join('; ');
  return oneInWords(path, value);
}

/** A field name inside a sentence: "Modified Ashworth score", "active infection". */
export function fieldInWords(path: string, { lower = false } = {}): string {
  const name = describeField(path);
  return lower ? lowerFirst(name) : name;
}
