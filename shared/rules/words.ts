import { describeField, describeValue } from '../questions/lookup';

// How answers read inside sentences: scores and numbers as they are, answer
// words in lower case after the first word ("A pump" -> "a pump", but never "IV" -> "iV").

export const lowerFirst = (text: string) =>
  /^[A-Z](?:[a-z]|\s)/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

/** An answer as it reads inside a sentence: "3", "60 mg a day", "both legs", "not known". */
export function valueInWords(path: string, value: unknown): string {
  if (Array.isArray(value) && value.length > 0)
    return value.map((item) => lowerFirst(describeValue(path, item))).join('; ');
  return lowerFirst(describeValue(path, value));
}

/** A field name inside a sentence: "Modified Ashworth score", "active infection". */
export function fieldInWords(path: string, { lower = false } = {}): string {
  const name = describeField(path);
  return lower ? lowerFirst(name) : name;
}
