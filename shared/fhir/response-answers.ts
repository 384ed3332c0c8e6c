import type { QuestionnaireItem } from '@medplum/fhirtypes';
import { answerListOf } from './answer-lists';
import { questionnaireUrl, resourceVersion } from './canonical';
import type { FhirIssue } from './operation-outcome';
import { itemByLinkId } from './questionnaire';
import { questionByPath } from '../questions/lookup';

// Reads the answers out of a QuestionnaireResponse (already parsed JSON, not yet
// trusted) by linkId, wherever the item sits: nested in its groups as the
// Questionnaire defines, flat at the top level, or under an answer (a renderer
// may nest children under a question). Each answer is checked against its
// item's type and codes; every problem is an issue naming the item.

/** The answers of one item; unreadable when one of them had a problem (its issue is listed). */
export type ItemAnswers = { values: (string | number | boolean)[]; expression: string; unreadable: boolean };
export type ReadAnswers = { answers: Map<string, ItemAnswers>; issues: FhirIssue[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const quote = (linkId: string) => `'${linkId.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
export const itemExpression = (parent: string, linkId: string) => `${parent}.item.where(linkId=${quote(linkId)})`;

/** A value of the body in a message, cut short. Never String(): it throws on a JSON object whose toString is not a function. */
const quoted = (value: unknown, max: number) =>
  (typeof value === 'string' ? value : (JSON.stringify(value) ?? 'nothing')).slice(0, max);

const valueKeys = (answer: Record<string, unknown>) => Object.keys(answer).filter((key) => key.startsWith('value'));

/** One answer as our wire value, or the reason it cannot be one. */
function readValue(
  item: QuestionnaireItem,
  answer: Record<string, unknown>,
): { value: string | number | boolean } | { problem: FhirIssue['code']; message: string } {
  const keys = valueKeys(answer);
  if (keys.length !== 1)
    return { problem: 'structure', message: `Give each answer exactly one value[x]; this one has ${keys.length}` };
  const [key] = keys as [string];
  const value = answer[key];
  const wrongType = (expected: string, expectedKey: string) => ({
    problem: 'value' as const,
    message: `Answer "${item.text}" with ${expected}` + (key === expectedKey ? '' : `, not ${key.slice(0, 40)}`),
  });
  switch (item.type) {
    case 'choice': {
      if (key !== 'valueCoding' || !isObject(value)) return wrongType('a code in valueCoding', 'valueCoding');
      const list = answerListOf(questionByPath.get(item.linkId!)!)!;
      const option = list.options.find((candidate) => candidate.value === value.code);
      if (value.system !== undefined && value.system !== list.url)
        return { problem: 'code-invalid', message: `Use codes of ${list.url} for "${item.text}"` };
      if (!option)
        return {
          problem: 'code-invalid',
          message: `"${quoted(value.code, 40)}" is not a code of ${list.url}`,
        };
      return { value: option.value as string };
    }
    case 'integer':
      return key === 'valueInteger' && Number.isInteger(value)
        ? { value: value as number }
        : wrongType('a whole number in valueInteger', 'valueInteger');
    case 'decimal':
      return (key === 'valueDecimal' || key === 'valueInteger') && typeof value === 'number' && Number.isFinite(value)
        ? { value }
        : wrongType('a number in valueDecimal', 'valueDecimal');
    case 'boolean':
      return key === 'valueBoolean' && typeof value === 'boolean'
        ? { value }
        : wrongType('true or false in valueBoolean', 'valueBoolean');
    default:
      return key === 'valueString' && typeof value === 'string'
        ? { value }
        : wrongType('text in valueString', 'valueString');
  }
}

export function readAnswers(items: unknown, root = 'QuestionnaireResponse'): ReadAnswers {
  const answers = new Map<string, ItemAnswers>();
  const issues: FhirIssue[] = [];

  const readItems = (list: unknown, parent: string) => {
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      issues.push({ code: 'structure', message: 'Give items as a list', expression: `${parent}.item` });
      return;
    }
    list.forEach((entry, index) => readItem(entry, parent, index));
  };

  const readItem = (entry: unknown, parent: string, index: number) => {
    if (!isObject(entry) || typeof entry.linkId !== 'string') {
      issues.push({ code: 'structure', message: 'Give each item a linkId', expression: `${parent}.item[${index}]` });
      return;
    }
    const linkId = entry.linkId;
    const expression = itemExpression(parent, linkId);
    const item = itemByLinkId.get(linkId);
    if (!item) {
      issues.push({
        code: 'structure',
        message: `Remove item "${linkId.slice(0, 60)}": Questionnaire itb-referral ${resourceVersion} has no such item`,
        expression,
      });
      return;
    }
    if (item.type === 'group' || item.type === 'display') {
      readItems(entry.item, expression);
      return;
    }
    if (answers.has(linkId)) {
      // By its place: a where() on the linkId would select the first copy too.
      const copy = `${parent}.item[${index}]`;
      issues.push({ code: 'duplicate', message: `Answer "${item.text}" in one item only`, expression: copy });
      return;
    }
    const given = entry.answer === undefined ? [] : entry.answer;
    if (!Array.isArray(given)) {
      issues.push({ code: 'structure', message: `Give the answers to "${item.text}" as a list`, expression });
      return;
    }
    const values: ItemAnswers['values'] = [];
    const before = issues.length;
    for (const answer of given) {
      if (!isObject(answer)) {
        issues.push({ code: 'structure', message: `Give each answer to "${item.text}" as an object`, expression });
        continue;
      }
      const read = readValue(item, answer);
      if ('problem' in read) issues.push({ code: read.problem, message: read.message, expression });
      else if (!values.includes(read.value)) values.push(read.value);
      readItems(answer.item, `${expression}.answer`);
    }
    const unreadable = issues.slice(before).some((issue) => issue.expression === expression);
    if (values.length > 1 && !item.repeats) {
      issues.push({
        code: 'value',
        message: `Give one answer to "${item.text}"; this item has ${values.length}`,
        expression,
      });
    }
    readItems(entry.item, expression);
    answers.set(linkId, { values, expression, unreadable });
  };

  readItems(items, root);
  return { answers, issues };
}

/** The `questionnaire` of a response: ours, with our version or none. */
export function checkCanonical(value: unknown): FhirIssue | undefined {
  if (value === undefined) return undefined;
  const [url, version] = typeof value === 'string' ? value.split('|') : [];
  if (url === questionnaireUrl && (version === undefined || version === resourceVersion)) return undefined;
  return {
    code: 'not-supported',
    message: `Answer Questionnaire ${questionnaireUrl}|${resourceVersion}; this response is to ${quoted(value, 80)}`,
    expression: 'QuestionnaireResponse.questionnaire',
  };
}
