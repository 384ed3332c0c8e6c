import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { OperationOutcome } from '@medplum/fhirtypes';
import type { ErrorCode } from '../../shared/api/errors';
import { operationOutcome, type FhirIssue, type IssueCode } from '../../shared/fhir/operation-outcome';
import { ApiError } from './api-error';

// Errors of the FHIR endpoints are OperationOutcomes (application/fhir+json),
// not the JSON API's error body. The shared request checks (media type, size,
// JSON syntax) throw ApiError; this handler answers them in FHIR.

export const fhirJsonType = 'application/fhir+json; charset=utf-8';

export class FhirError extends HTTPException {
  readonly outcome: OperationOutcome;

  constructor(status: ContentfulStatusCode, issues: readonly FhirIssue[], what?: string) {
    super(status, { message: issues[0]?.message ?? 'Bad request' });
    this.outcome = operationOutcome(issues, what);
  }
}

const issueCodes: Record<ErrorCode, IssueCode> = {
  invalid_request: 'structure',
  invalid_json: 'structure',
  unsupported_media_type: 'not-supported',
  payload_too_large: 'too-long',
  not_found: 'not-found',
  method_not_allowed: 'not-supported',
  internal_error: 'exception',
};

const fhirMessages: Partial<Record<ErrorCode, string>> = {
  unsupported_media_type: 'Send the body as application/fhir+json or application/json.',
};

/** A resource as application/fhir+json; a string is taken as its JSON already made. */
export const fhirBody = (c: Context, body: object | string, status: ContentfulStatusCode = 200) =>
  c.body(typeof body === 'string' ? body : JSON.stringify(body), status, { 'Content-Type': fhirJsonType });

export const onFhirError: ErrorHandler = (err, c) => {
  c.header('Cache-Control', 'no-store');
  if (c.req.raw.signal.aborted) {
    return fhirBody(
      c,
      operationOutcome([{ code: 'exception', message: 'The connection closed before the request arrived.' }]),
      400,
    );
  }
  if (err instanceof FhirError) return fhirBody(c, err.outcome, err.status);
  if (err instanceof ApiError) {
    const message = fhirMessages[err.body.error] ?? err.body.message;
    return fhirBody(c, operationOutcome([{ code: issueCodes[err.body.error], message }]), err.status);
  }
  if (err instanceof HTTPException && err.status < 500) {
    return fhirBody(
      c,
      operationOutcome([{ code: 'invalid', message: err.message || 'The request was not understood.' }]),
      err.status,
    );
  }
  // Log where it failed, never the message: it could quote the request.
  console.error(`internal error: ${err.name}\n${(err.stack ?? '').split('\n').slice(1).join('\n')}`);
  return fhirBody(
    c,
    operationOutcome([{ code: 'exception', message: 'Something went wrong on the server. Try again.' }]),
    500,
  );
};
