import { IntlMessageFormat } from 'intl-messageformat';
import { languageInfo, type Language } from './languages';

// Translated patient texts are ICU messages (FormatJS intl-messageformat): the
// adult or parent reading is a select on {audience} ("adult" or "other", the
// parent's), counts are plurals, the review date is {reviewed, date, long}.
// Each message is parsed once and kept.

export type MessageValues = Record<string, string | number | Date>;

/** Dates are calendar days: formatted in UTC, so no time zone moves them a day. */
const formats = { date: { long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } } } as const;

const compiled = new Map<string, IntlMessageFormat>();

export function formatMessage(message: string, language: Language, values: MessageValues): string {
  const key = `${language}\u0000${message}`;
  let format = compiled.get(key);
  if (!format) compiled.set(key, (format = new IntlMessageFormat(message, languageInfo[language].tag, formats)));
  return String(format.format(values));
}
