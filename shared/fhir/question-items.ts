import type { Coding, Extension, QuestionnaireItem } from '@medplum/fhirtypes';
import type { Option, Question } from '../questions/types';
import { answerListOf, optionDisplay } from './answer-lists';
import { extensions, systems } from './canonical';
import { ucumUnits } from './well-known-codes';

// How one question of the catalogue becomes Questionnaire items. The linkId is
// the intake dot path. A number that may be "Not known" (and the Penn score,
// whose "Not assessed" is null) gets a boolean item `<path>.notKnown` beside it:
// the answer is the number, or that box, never both. The number is required and
// shown while the box is not ticked, so a renderer asks for one of the two and
// hides the number once the box is ticked.

export const notKnownLinkId = (path: string) => `${path}.notKnown`;
export const helpLinkId = (path: string) => `${path}.help`;

const itemControl = (code: 'radio-button' | 'check-box' | 'flyover'): Extension => ({
  url: extensions.itemControl,
  valueCodeableConcept: { coding: [{ system: systems.itemControl, code }] },
});

const horizontal: Extension = {
  url: extensions.choiceOrientation,
  valueCode: 'horizontal',
};

/** A closed question whose wire values are numbers (plus null for "Not assessed"): answered by its number. */
export const numberOptions = (question: Question): readonly Option[] | undefined =>
  question.kind === 'choice' &&
  question.options.every((option) => typeof option.value === 'number' || option.value === null)
    ? question.options
    : undefined;

/** The words of the "Not known" box of a question, if it has one. */
export function notKnownText(question: Question): string | undefined {
  if (question.kind === 'number') return question.notKnown;
  return numberOptions(question)?.find((option) => option.value === null)?.label;
}

/** The coding of one answer of a coded question. */
export function answerCoding(question: Question, value: unknown): Coding | undefined {
  const list = answerListOf(question);
  const option = list?.options.find((candidate) => candidate.value === value);
  return list && option ? { system: list.url, code: String(option.value), display: optionDisplay(option) } : undefined;
}

function helpText(question: Question): string | undefined {
  const scale = numberOptions(question)
    ?.filter((option) => option.value !== null)
    .map((option) => `${option.label}: ${option.hint ?? ''}`.trim())
    .join('. ');
  const parts = [question.hint, scale && `${scale}.`].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

function answerShape(question: Question): Partial<QuestionnaireItem> {
  const numbers = numberOptions(question);
  if (numbers) {
    // A number field with the scale in its help, not radios of valueInteger: LHC-Forms 40 shows an
    // answerOption of valueInteger 0 as "undefined", and valueInteger options cannot carry words.
    const values = numbers.flatMap((option) => (typeof option.value === 'number' ? [option.value] : []));
    return {
      type: 'integer',
      extension: [
        { url: extensions.minValue, valueInteger: Math.min(...values) },
        { url: extensions.maxValue, valueInteger: Math.max(...values) },
      ],
    };
  }
  switch (question.kind) {
    case 'choice':
    case 'list': {
      const list = question.kind === 'list';
      return {
        type: 'choice',
        ...(list ? { repeats: true } : {}),
        extension: [
          itemControl(list ? 'check-box' : 'radio-button'),
          ...(question.kind === 'choice' && question.layout === 'inline' ? [horizontal] : []),
        ],
        answerOption: question.options.map((option) => ({ valueCoding: answerCoding(question, option.value)! })),
      };
    }
    case 'number': {
      const bound = question.integer ? ('valueInteger' as const) : ('valueDecimal' as const);
      const unit = question.unit && ucumUnits[question.unit];
      return {
        type: question.integer ? 'integer' : 'decimal',
        extension: [
          { url: extensions.minValue, [bound]: question.min },
          { url: extensions.maxValue, [bound]: question.max },
          ...(question.unit && unit
            ? [{ url: extensions.unit, valueCoding: { system: systems.ucum, code: unit, display: question.unit } }]
            : []),
        ],
      };
    }
    case 'text':
      return { type: question.multiline ? 'text' : 'string', maxLength: question.maxLength };
  }
}

/** Whether the schema requires an answer: an empty list is a valid answer, so a list never is. */
const isRequired = (question: Question) => !question.optional && question.kind !== 'list';

/** Shown while the "Not known" box is not ticked: not answered (exists false) or answered No. */
const unlessNotKnown = (path: string): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> => ({
  enableWhen: [
    { question: notKnownLinkId(path), operator: 'exists', answerBoolean: false },
    { question: notKnownLinkId(path), operator: '=', answerBoolean: false },
  ],
  enableBehavior: 'any',
});

/**
 * The items of one question: itself (with its help text as a child display item) and its "Not known" box.
 * The help is a flyover: CSIRO Smart Forms shows a flyover and not a help item, and LHC-Forms shows any
 * display child with an item control other than unit or legal as its help button.
 */
export function questionItems(question: Question): QuestionnaireItem[] {
  const help = helpText(question);
  const shape = answerShape(question);
  const notKnown = notKnownText(question);
  const item: QuestionnaireItem = {
    linkId: question.path,
    text: question.question,
    ...shape,
    ...(isRequired(question) ? { required: true } : {}),
    ...(notKnown ? unlessNotKnown(question.path) : {}),
    ...(help
      ? {
          item: [
            { linkId: helpLinkId(question.path), type: 'display', text: help, extension: [itemControl('flyover')] },
          ],
        }
      : {}),
  } as QuestionnaireItem;
  if (!notKnown) return [item];
  // Renderers show a boolean as Yes / No: "Months since onset or injury: not known" reads right with either.
  return [
    item,
    { linkId: notKnownLinkId(question.path), text: `${question.label}: ${notKnown.toLowerCase()}`, type: 'boolean' },
  ];
}
