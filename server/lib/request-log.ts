import { createMiddleware } from 'hono/factory';

// Control characters, and the Unicode line and paragraph separators, written back
// as percent escapes: a request for /x%0aGET%20/forged decodes to a path with a
// newline, which would otherwise write a line of its own into the log.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
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
