import { createMiddleware } from 'hono/factory';

/** One line per request: method, path, status, time. Never a body or a query string. */
export const requestLog = (write: (line: string) => void) =>
  createMiddleware(async (c, next) => {
    const started = performance.now();
    await next();
    const ms = (performance.now() - started).toFixed(1);
    write(`${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms`);
  });
