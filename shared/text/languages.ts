// The languages of the patient's words (the sheet and each finding's patient
// text). Everything for the specialist stays in English. A language is its
// texts: the rule set's (shared/rules/translations), the sheet's
// (client/features/patient-sheet/translations) and the line below.

export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];

/** Each language named in itself (the switch on the sheet), and its tag for `lang` and Intl. */
export const languageInfo: Record<Language, { name: string; tag: string }> = {
  en: { name: 'English', tag: 'en-GB' },
  es: { name: 'Español', tag: 'es' },
};

export const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);
