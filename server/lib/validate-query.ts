import { createMiddleware } from 'hono/factory';
import type { z } from 'zod';
import { toIssues } from '../../shared/api/errors';
import { ApiError } from './api-error';

/**
 * The query checked against a zod schema before the body is read: a 400 with an
 * issue per problem, as for the body. A parameter given twice is a list, which
 * no schema here accepts (`?lang=es&lang=en` is refused, not read as one of them).
 */
export const validateQuery = <T extends z.ZodType>(schema: T) =>
  createMiddleware<object, string, { in: { query: z.input<T> }; out: { query: z.output<T> } }>(async (c, next) => {
    const query = Object.fromEntries(
      Object.entries(c.req.queries()).map(([key, values]) => [key, values.length === 1 ? values[0] : values]),
    );
    const result = schema.safeParse(query);
    if (!result.success) {
      const issues = toIssues(result.error).map(({ path, message }) => ({
        path: path.slice(0, 100),
        message: message.slice(0, 160),
      }));
      throw new ApiError(400, 'invalid_request', 'The query is not valid; see issues.', issues);
    }
    c.req.addValidatedData('query', result.data as object);
    await next();
  });
