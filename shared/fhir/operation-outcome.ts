import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';
import { generatedNarrative, list, paragraph } from './narrative';

// Errors of the FHIR endpoints as an OperationOutcome: one issue per problem,
// its expression a FHIRPath to the element (for an answer, the item by its
// linkId). Like the JSON API, an answer stays small whatever the request: the
// first 20 issues, each text clipped, since a text can quote the request.

export type IssueCode = Extract<
  OperationOutcomeIssue['code'],
  | 'invalid'
  | 'structure'
  | 'required'
  | 'value'
  | 'invariant'
  | 'duplicate'
  | 'code-invalid'
  | 'business-rule'
  | 'too-long'
  | 'not-supported'
  | 'not-found'
  | 'security'
  | 'exception'
>;

/** expression: where the problem is, as FHIRPath; two when it lies between two elements (a number and its "not known" box). */
export type FhirIssue = { code: IssueCode; message: string; expression?: string | readonly string[] };

export const maxListedIssues = 20;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function operationOutcome(issues: readonly FhirIssue[], what = 'The request'): OperationOutcome {
  const listed = issues.slice(0, maxListedIssues).map((issue) => ({
    message: clip(issue.message, 160),
    code: issue.code,
    expression: [issue.expression ?? []].flat().map((expression) => clip(expression, 200)),
  }));
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  const where = issues.length > maxListedIssues ? `the first ${maxListedIssues} are listed` : 'each is listed';
  return {
    resourceType: 'OperationOutcome',
    text: generatedNarrative(paragraph(`${what} has ${count}; ${where}.`), list(listed.map((issue) => issue.message))),
    issue: listed.map((issue): OperationOutcomeIssue => ({
      severity: 'error',
      code: issue.code,
      details: { text: issue.message },
      ...(issue.expression.length > 0 ? { expression: issue.expression } : {}),
    })),
  };
}
