import { zValidator } from '@hono/zod-validator';
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

// The one rule for what is JSON: application/json or a +json suffix (RFC 6839), in
// any case, with any parameters. It is the rule of Hono's validator (hono/validator,
// under @hono/zod-validator), which reads any other type as an empty body: the same
// rule here means no type can pass this check and then be read as nothing.
const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;
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

// One read of the body text for every JSON route; malformed JSON gets its own
// error code before any check of its shape. (@hono/zod-validator, below, parses
// the cached text once more: a few µs, measured in README's Performance.)
export const parseJson = createMiddleware<ParsedBody>(async (c, next) => {
  try {
    c.set('jsonBody', JSON.parse(await c.req.text()));
  } catch {
    // (A client that left mid-body ends here too; app.onError tells it apart.)
    throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.');
  }
  await next();
});

// The shape guard refuses what only a script would send before zod walks it.
const checkShape = createMiddleware<ParsedBody>(async (c, next) => {
  const absurd = findAbsurdShape(c.get('jsonBody'));
  if (absurd) invalidRequest([absurd]);
  await next();
});

/** Content type, size and JSON syntax, each with its own error; the FHIR routes check the rest their own way. */
export const readJsonBody = [requireJsonContentType, limitBody, parseJson] as const;

/**
 * Content type, size, JSON syntax, a cheap check of the shape (json-guard.ts), then
 * the shared zod schema (@hono/zod-validator, its failure as the contract's 400),
 * each with its own error. Spread it into a route (`...validateJson(schema)`) so
 * `c.req.valid('json')` stays typed.
 */
export const validateJson = <T extends z.ZodType>(schema: T) =>
  [
    ...readJsonBody,
    checkShape,
    zValidator(
      'json',
      schema,
      (result) => {
        if (!result.success) invalidRequest(toIssues(result.error));
      },
      // zod's synchronous check: the schemas have no async refinements, and the default
      // safeParseAsync cost 2.5 times as much (about 9 µs more per summary, measured).
      // (`as never`: the option's result type is a conditional on T that TypeScript
      // cannot resolve for a generic schema.)
      { validationFunction: (_schema, value) => schema.safeParse(value) as never },
    ),
  ] as const;
