import { intakeSchema, type Intake } from '../api/intake';
import { questions } from '../questions/catalogue';
import { isAsked } from '../questions/lookup';
import { setPath } from '../questions/set-path';
import type { Question } from '../questions/types';
import { describeCondition } from '../rules/describe';
import { readPath } from '../api/paths';
import type { FhirIssue } from './operation-outcome';
import { notKnownLinkId, notKnownText } from './question-items';
import { itemLocations, sectionTitles } from './questionnaire';
import { checkCanonical, itemExpression, readAnswers, type ItemAnswers } from './response-answers';

// POST /api/fhir/QuestionnaireResponse/$intake and $summary: a response to our
// Questionnaire back to the intake of the JSON API, or every problem found. The
// intake is then checked by the same zod schema as POST /api/summary, so both
// doors refuse the same answers.

export type ResponseRead = { ok: true; intake: Intake; authored?: string } | { ok: false; issues: FhirIssue[] };

const statuses = ['in-progress', 'completed', 'amended'];
const refusedStatuses = ['entered-in-error', 'stopped'];
// FHIR dateTime, and instant (a full time with a zone), as the R4 specification gives them.
const dateTime =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]{1,9})?)?)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)?)?)?$/;
const instant =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]{1,9})?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/;

/** Whether the date part names a real day (the pattern allows 2026-02-30). */
function isCalendarDate(text: string): boolean {
  const [year, month = 1, day = 1] = text.slice(0, 10).split('-').map(Number) as [number, number?, number?];
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Where an item is, for an issue: where the response put it, or where the Questionnaire would. */
function locate(linkId: string, answers: ReadonlyMap<string, ItemAnswers>): string {
  const found = answers.get(linkId)?.expression;
  if (found) return found;
  const chain = itemLocations.get(linkId) ?? [linkId];
  return chain.reduce(itemExpression, 'QuestionnaireResponse');
}

function checkEnvelope(body: Record<string, unknown>, needsAuthored: boolean): FhirIssue[] {
  const issues: FhirIssue[] = [];
  const { status, authored } = body;
  if (status === undefined)
    issues.push({
      code: 'required',
      message: 'Give the status of the response (completed)',
      expression: 'QuestionnaireResponse.status',
    });
  else if (typeof status !== 'string' || !statuses.includes(status)) {
    const why =
      typeof status === 'string' && refusedStatuses.includes(status)
        ? `a response that is ${status} has no answers to use`
        : 'it is not a status of R4';
    issues.push({
      code: 'value',
      message: `Send a completed response: ${why}`,
      expression: 'QuestionnaireResponse.status',
    });
  }
  const canonical = checkCanonical(body.questionnaire);
  if (canonical) issues.push(canonical);
  if (authored === undefined) {
    if (needsAuthored)
      issues.push({
        code: 'required',
        message: 'Give authored (when the answers were given): the document takes its date from it',
        expression: 'QuestionnaireResponse.authored',
      });
  } else if (typeof authored !== 'string' || !dateTime.test(authored) || !isCalendarDate(authored)) {
    issues.push({
      code: 'value',
      message: 'Give authored as a FHIR dateTime, for example 2026-11-25T14:30:00Z',
      expression: 'QuestionnaireResponse.authored',
    });
  } else if (needsAuthored && !instant.test(authored)) {
    issues.push({
      code: 'value',
      message: 'Give authored to the second with a time zone, for example 2026-11-25T14:30:00Z',
      expression: 'QuestionnaireResponse.authored',
    });
  }
  return issues;
}

/** The answer of one question as the intake holds it, or undefined when it has none. */
function intakeValue(question: Question, answers: ReadonlyMap<string, ItemAnswers>, issues: FhirIssue[]): unknown {
  const values = answers.get(question.path)?.values ?? [];
  // A list is a set: given back in the order of the form's options, whatever the order of the answers.
  if (question.kind === 'list')
    return question.options.map((option) => option.value).filter((value) => values.includes(value as string));
  const notKnown =
    notKnownText(question) !== undefined && answers.get(notKnownLinkId(question.path))?.values[0] === true;
  if (notKnown && values.length > 0) {
    issues.push({
      code: 'invariant',
      message: `Give "${question.label}" or tick "${notKnownText(question)}", not both`,
      expression: locate(question.path, answers),
    });
  }
  if (notKnown) return null;
  return values[0];
}

export function intakeFromResponse(body: unknown, { needsAuthored = false } = {}): ResponseRead {
  if (
    typeof body !== 'object' ||
    body === null ||
    Array.isArray(body) ||
    (body as { resourceType?: unknown }).resourceType !== 'QuestionnaireResponse'
  ) {
    return {
      ok: false,
      issues: [
        {
          code: 'structure',
          message: 'Send a FHIR R4 QuestionnaireResponse (resourceType QuestionnaireResponse)',
          expression: 'QuestionnaireResponse',
        },
      ],
    };
  }
  const response = body as Record<string, unknown>;
  const issues = checkEnvelope(response, needsAuthored);
  const { answers, issues: answerIssues } = readAnswers(response.item);
  issues.push(...answerIssues);

  // Every section exists, so a missing answer is reported on its own question, not on its section.
  const intake: Record<string, unknown> = Object.fromEntries(
    Object.keys(sectionTitles).map((section) => [section, {}]),
  );
  for (const question of questions) {
    const answered =
      (answers.get(question.path)?.values.length ?? 0) > 0 ||
      answers.get(notKnownLinkId(question.path))?.values[0] === true;
    if (!isAsked(question, intake)) {
      if (answered) {
        issues.push({
          code: 'business-rule',
          message: `Leave out "${question.label}": it is asked only when ${describeCondition(question.askedWhen!)}`,
          expression: locate(question.path, answers),
        });
      }
      continue;
    }
    const value = intakeValue(question, answers, issues);
    if (value !== undefined) setPath(intake, question.path, value);
  }

  const reported = new Set(issues.map((issue) => issue.expression));
  const checked = intakeSchema.safeParse(intake);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const path = issue.path.map(String).join('.');
      const expression = locate(path, answers);
      if (reported.has(expression)) continue;
      reported.add(expression);
      issues.push({
        code: readPath(intake, path) === undefined ? 'required' : 'value',
        message: issue.message,
        expression,
      });
    }
  }
  if (issues.length > 0 || !checked.success) return { ok: false, issues };
  return {
    ok: true,
    intake: checked.data,
    ...(typeof response.authored === 'string' ? { authored: response.authored } : {}),
  };
}
