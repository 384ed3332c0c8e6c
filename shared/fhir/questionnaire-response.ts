import type {
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from '@medplum/fhirtypes';
import type { Intake } from '../api/intake';
import { questionByPath } from '../questions/lookup';
import { readPath } from '../api/paths';
import { questionnaireUrl, resourceVersion } from './canonical';
import { answerCoding, notKnownLinkId } from './question-items';
import { questionnaire } from './questionnaire';

// An intake as a QuestionnaireResponse to our Questionnaire, nested as the
// Questionnaire is. A follow-up that was not asked is left out, as a renderer
// leaves out a disabled item; so is an empty list (an item with no answer).

export const questionnaireCanonical = `${questionnaireUrl}|${resourceVersion}`;

const notKnownPaths = new Map<string, string>();
for (const question of questionByPath.values()) notKnownPaths.set(notKnownLinkId(question.path), question.path);

function answersOf(item: QuestionnaireItem, intake: Intake): QuestionnaireResponseItemAnswer[] {
  const notKnownOf = notKnownPaths.get(item.linkId!);
  if (notKnownOf) return readPath(intake, notKnownOf) === null ? [{ valueBoolean: true }] : [];
  const question = questionByPath.get(item.linkId!);
  const value = question && readPath(intake, question.path);
  if (!question || value === undefined || value === null) return [];
  const values: unknown[] = Array.isArray(value) ? value : [value];
  switch (item.type) {
    case 'choice':
      return values.map((one) => ({ valueCoding: answerCoding(question, one)! }));
    case 'integer':
      return [{ valueInteger: value as number }];
    case 'decimal':
      return [{ valueDecimal: value as number }];
    default:
      return [{ valueString: value as string }];
  }
}

function responseItems(items: readonly QuestionnaireItem[], intake: Intake): QuestionnaireResponseItem[] {
  return items.flatMap((item): QuestionnaireResponseItem[] => {
    if (item.type === 'display') return [];
    if (item.type === 'group') {
      const children = responseItems(item.item ?? [], intake);
      return children.length > 0 ? [{ linkId: item.linkId, text: item.text, item: children }] : [];
    }
    const answer = answersOf(item, intake);
    return answer.length > 0 ? [{ linkId: item.linkId, text: item.text, answer }] : [];
  });
}

/** A completed QuestionnaireResponse holding the answers of an intake. */
export function questionnaireResponseOf(intake: Intake, authored?: string): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: questionnaireCanonical,
    status: 'completed',
    ...(authored ? { authored } : {}),
    item: responseItems(questionnaire.item ?? [], intake),
  };
}
