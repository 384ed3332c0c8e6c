import {
  SmartFormsRenderer,
  getResponse,
  questionnaireResponseStore,
  questionnaireStore,
  removeEmptyAnswersFromResponse,
} from '@aehrc/smart-forms-renderer';
import type {
  OperationOutcome,
  Questionnaire,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from '@medplum/fhirtypes';
import { createRoot } from 'react-dom/client';

// The page of the Smart Forms end-to-end test (tools/e2e/smart-forms.ts builds it
// with React 18, the renderer's own): the test renders a Questionnaire and reads
// the renderer's QuestionnaireResponse and its validation, as an app would.

export type SmartFormsApi = {
  render: (questionnaire: Questionnaire) => void;
  response: () => QuestionnaireResponse;
  /** Whether the renderer's response holds an answer to the item (it takes a typed one 300 ms later). */
  answered: (linkId: string) => boolean;
  /** linkId of each item the renderer marks invalid (required, bounds, constraints), with its messages. */
  invalid: () => Record<string, string[]>;
};

const hasAnswer = (items: readonly QuestionnaireResponseItem[] = [], linkId: string): boolean =>
  items.some(
    (item) =>
      (item.linkId === linkId && (item.answer?.length ?? 0) > 0) ||
      hasAnswer(item.item, linkId) ||
      (item.answer ?? []).some((answer) => hasAnswer(answer.item, linkId)),
  );

const root = createRoot(document.getElementById('form')!);

const api: SmartFormsApi = {
  render: (questionnaire) => root.render(<SmartFormsRenderer questionnaire={questionnaire as never} />),
  response: () =>
    removeEmptyAnswersFromResponse(questionnaireStore.getState().sourceQuestionnaire, getResponse()) as never,
  answered: (linkId) => hasAnswer(getResponse().item as QuestionnaireResponseItem[], linkId),
  invalid: () =>
    Object.fromEntries(
      Object.entries(questionnaireResponseStore.getState().invalidItems as Record<string, OperationOutcome>).map(
        ([linkId, outcome]) => [
          linkId,
          (outcome.issue ?? []).map((issue) => issue.details?.text ?? issue.diagnostics ?? issue.code),
        ],
      ),
    ),
};
(window as unknown as { smartForms: SmartFormsApi }).smartForms = api;
