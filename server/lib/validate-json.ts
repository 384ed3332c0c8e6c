import { createMiddleware } from 'hono/factory';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { toIssues, type Issue } from '../../shared/api/errors';
import { ApiError } from './api-error';
import { findAbsurdShape } from './json-guard';

export const maxBodyBytes = 32 * 1024;

// An error answer stays small whatever the body (about 5 KiB at most): the first
// issues only, each text clipped, since a path or message can quote a key of the body.
const maxIssues = 20;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function invalidRequest(issues: Issue[]): never {
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  const where = issues.length > maxIssues ? `the first ${maxIssues} are in issues` : 'see issues';
  const listed = issues
    .slice(0, maxIssues)
    .map(({ path, message }) => ({ path: clip(path, 100), message: clip(message, 160) }));
  throw new ApiError(400, 'invalid_request', `The intake has ${count}; ${where}.`, listed);
}

// The one rule for what is JSON: application/json or a +json suffix (RFC 6839) on
// a well-formed subtype name (RFC 6838), in any case, with any parameters. The
// body is then read as JSON whatever the type; Hono's validator, which has a
// narrower rule of its own, is not used, so no type can pass here and then be
// read as an empty body.
const jsonMediaType = /^application\/(?:[a-z0-9][a-z0-9!#$&^_.+-]*\+)?json$/i;
const isJson = (contentType: string) => jsonMediaType.test(contentType.split(';')[0]!.trim());

export const requireJsonContentType = createMiddleware(async (c, next) => {
  if (!isJson(c.req.header('content-type') ?? '')) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json.');
  }
  await next();
});

const tooLarge = () => {
  throw new ApiError(413, 'payload_too_large', `The body is larger than ${maxBodyBytes / 1024} KiB.`);
};

// A streamed body (no Content-Length) is counted while it arrives, so a huge
// body is refused after 32 KiB instead of being buffered whole.
const countWhileReading = bodyLimit({ maxSize: maxBodyBytes, onError: tooLarge });

// With a Content-Length the header decides, and the body is left untouched:
// Node's parser never reads past the announced length, and not wrapping the
// body keeps @hono/node-server's fast path for reading it (twice the throughput).
const limitBody = createMiddleware(async (c, next) => {
  const announced = c.req.header('content-length');
  if (announced === undefined || c.req.header('transfer-encoding') !== undefined) return countWhileReading(c, next);
  if (Number(announced) > maxBodyBytes) tooLarge();
  await next();
});

/** The parsed body, kept for the handler: Hono's c.req.json() caches the text, not the value, so a second call parses again. */
export type ParsedBody = { Variables: { jsonBody: unknown } };

// One read of the body text and one JSON.parse for every JSON route; malformed
// JSON gets its own error code before any check of its shape.
export const parseJson = createMiddleware<ParsedBody>(async (c, next) => {
  try {
    c.set('jsonBody', JSON.parse(await c.req.text()));
  } catch {
    // (A client that left mid-body ends here too; app.onError tells it apart.)
    throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.');
  }
  await next();
});

// The shape guard refuses what only a script would send before zod walks it; the
// schema check is synchronous (the async path of @hono/zod-validator cost a third of
// the throughput). The typed result is what `c.req.valid('json')` returns in the route.
const checkSchema = <T extends z.ZodType>(schema: T) =>
  createMiddleware<ParsedBody, string, { in: { json: z.input<T> }; out: { json: z.output<T> } }>(async (c, next) => {
    const value = c.get('jsonBody');
    const absurd = findAbsurdShape(value);
    if (absurd) invalidRequest([absurd]);
    const result = schema.safeParse(value);
    if (!result.success) invalidRequest(toIssues(result.error));
    c.req.addValidatedData('json', result.data as object);
    await next();
  });

/** Content type, size and JSON syntax, each with its own error; the FHIR routes check the rest their own way. */
export const readJsonBody = [requireJsonContentType, limitBody, parseJson] as const;

/**
 * Content type, size, JSON syntax, a cheap check of the shape (json-guard.ts), then
 * the shared zod schema, each with its own error. Spread it into a route
 * (`...validateJson(schema)`) so `c.req.valid('json')` stays typed.
 */
export const validateJson = <T extends z.ZodType>(schema: T) =>
  [requireJsonContentType, limitBody, parseJson, checkSchema(schema)] as const;
