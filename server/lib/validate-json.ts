import { createMiddleware } from 'hono/factory';
import { bodyLimit } from 'hono/body-limit';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import { toIssues } from '../../shared/api/errors';
import { ApiError } from './api-error';

export const maxBodyBytes = 32 * 1024;

const jsonContentType = /^application\/(?:[a-z.+-]+\+)?json\s*(?:;.*)?$/i;

const requireJsonContentType = createMiddleware(async (c, next) => {
  if (!jsonContentType.test(c.req.header('content-type') ?? '')) {
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
// body keeps @hono/node-server's fast path for c.req.json() (twice the throughput).
const limitBody = createMiddleware(async (c, next) => {
  const announced = c.req.header('content-length');
  if (announced === undefined || c.req.header('transfer-encoding') !== undefined) return countWhileReading(c, next);
  if (Number(announced) > maxBodyBytes) tooLarge();
  await next();
});

// Parsing here (c.req.json caches the result) lets malformed JSON get its own
// error code before the schema check, whose own parse error is not our contract.
const parseJson = createMiddleware(async (c, next) => {
  try {
    await c.req.json();
  } catch {
    throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.');
  }
  await next();
});

/**
 * Content type, size, JSON syntax, then the shared zod schema, each with its own
 * error. Spread it into a route (`...validateJson(schema)`) so `c.req.valid('json')` stays typed.
 */
export const validateJson = <T extends z.ZodType>(schema: T) =>
  [
    requireJsonContentType,
    limitBody,
    parseJson,
    // Synchronous safeParse: the schemas have no async refinements, and the
    // async path of @hono/zod-validator costs a third of the summary's throughput.
    validator('json', (value): z.output<T> => {
      const result = schema.safeParse(value);
      if (result.success) return result.data;
      const issues = toIssues(result.error);
      const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
      throw new ApiError(400, 'invalid_request', `The intake has ${count}; see issues.`, issues);
    }),
  ] as const;
