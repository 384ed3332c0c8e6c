import { createMiddleware } from 'hono/factory';

// Control characters (Cc), invisible format characters such as the direction
// overrides (Cf), and every separator (Z: spaces, line and paragraph separators) are
// written back as percent escapes. A request for /x%0aGET%20/forged decodes to a path
// with a newline, which would otherwise write a line of its own into the log, and
// /api/admin%20200%200.2ms to one that reads as fields of its own (a space parts them).
const unsafe = /[\p{Cc}\p{Cf}\p{Z}]/gu;
export const escapeForLog = (text: string) => text.replace(unsafe, (char) => encodeURIComponent(char));

/**
 * One line per request: method, path, status, time. Never a body or a query string.
 * A client that left before its answer is logged as `client-closed`, whatever the
 * handler made of the cut-off body: it is no error of the server's.
 */
export const requestLog = (write: (line: string) => void) =>
  createMiddleware(async (c, next) => {
    const started = performance.now();
    await next();
    const ms = (performance.now() - started).toFixed(1);
    // Only an error can come of a client leaving (its body read fails), and reading
    // the signal creates an AbortController (about 6 µs): look only then.
    const outcome = c.res.status >= 400 && c.req.raw.signal.aborted ? 'client-closed' : c.res.status;
    write(`${c.req.method} ${escapeForLog(c.req.path)} ${outcome} ${ms}ms`);
  });
