import type { IntakePath } from '../api/paths';
import type { Language } from '../text/languages';
import type { Translation } from '../text/translation';
import { questions } from './catalogue';

// What an answer is about, in the patient's words, for the sheet's "find out"
// lines ({because.fields} in a rule's patient text), gathered from the
// catalogue, where each question keeps its own (types.ts: PatientWords).

const withWords = questions.flatMap((question) => (question.patientWords ? [question] : []));

/** The English words by path: "seizures (fits)". */
export const patientWords: Partial<Record<IntakePath, string>> = Object.fromEntries(
  withWords.map((question) => [question.path, question.patientWords!.en]),
);

/** The words in another language by path, each tied to its English by a hash. */
export const patientWordsIn = (language: Exclude<Language, 'en'>): Partial<Record<IntakePath, Translation>> =>
  Object.fromEntries(withWords.map((question) => [question.path, question.patientWords![language]]));
