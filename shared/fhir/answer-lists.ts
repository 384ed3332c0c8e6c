import * as answers from '../questions/answers';
import type { Option, Question } from '../questions/types';
import { codeSystemUrl } from './canonical';

// Each closed answer list of the catalogue (answers.ts) is one FHIR CodeSystem
// of ours: its codes are the intake's wire values, so a coded answer needs no
// mapping table. Lists shared by several questions (yes / no / not sure) are
// one CodeSystem. A list of numbers (the Penn score) is not coded: it is
// answered by its number (see questionnaire.ts).

export type AnswerList = { name: string; id: string; url: string; options: readonly Option[] };

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

const isCoded = (options: readonly Option[]) => options.every((option) => typeof option.value === 'string');

export const answerLists: readonly AnswerList[] = Object.entries(answers)
  .filter(([, options]) => isCoded(options))
  .map(([name, options]) => {
    const id = `itb-referral-${kebab(name)}`;
    return { name, id, url: codeSystemUrl(id), options };
  });

const listByOptions = new Map(answerLists.map((list) => [list.options, list]));

/** The CodeSystem of a choice or list question; undefined for a question answered by a number. */
export const answerListOf = (question: Question): AnswerList | undefined =>
  'options' in question ? listByOptions.get(question.options) : undefined;

/** The words of an option as a FHIR display: the label, and its hint after a dash ("Cervical – C1 to C8"). */
export const optionDisplay = (option: Option): string =>
  option.hint ? `${option.label} – ${option.hint}` : option.label;
