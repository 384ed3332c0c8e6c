import type { Because } from '../api/summary';
import type { Audience } from '../text/audience';
import { languageInfo, type Language } from '../text/languages';
import { joinList } from '../text/lists';
import { formatMessage } from '../text/message';
import { translations } from './translations';
import type { Rule, TextAddition } from './types';

// A finding's patient text in another language: the rule's translated message
// and those of its additions that hold, each formatted for the reader with the
// answers behind it ({fields}, in the patient's words, and {count}).

/** "convulsiones y una válvula de derivación": the answers in the patient's words, joined as the language joins a list. */
function fieldsInWords(because: readonly Because[], language: Exclude<Language, 'en'>, audience: Audience): string {
  const words = translations[language].patientWords;
  const named = because.map((entry) => {
    const word = words[entry.path as keyof typeof words];
    return word ? formatMessage(word.text, language, { audience }) : entry.path;
  });
  return joinList(named, languageInfo[language].tag);
}

const namesFields = (message: string) => message.includes('{fields}');

export function translatedPatientText(
  rule: Rule,
  additions: readonly TextAddition[],
  because: readonly Because[],
  audience: Audience,
  language: Exclude<Language, 'en'>,
): string {
  const translation = translations[language].rules[rule.id];
  if (!translation) throw new Error(`No ${language} patient text for rule ${rule.id}`);
  const messages = [
    translation.patientText,
    ...additions.flatMap((addition) => translation.additions?.[rule.additions!.indexOf(addition)] ?? []),
  ];
  // Only a text that names the answers pays for putting them in words.
  const fields = messages.some((message) => namesFields(message.text))
    ? fieldsInWords(because, language, audience)
    : '';
  const values = { audience, count: because.length, fields };
  return messages.map((message) => formatMessage(message.text, language, values)).join(' ');
}
