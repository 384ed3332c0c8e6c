import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { ApiError } from './api-error';

// A file that is not there is a 404. With the page in its place, a browser holding
// an old asset name after a deploy gets HTML for a script, and robots.txt reads as HTML.
// The path is clipped: an answer never echoes much of the request.
const noFile = (c: Context) => {
  throw new ApiError(404, 'not_found', `There is no file at ${c.req.path.slice(0, 100)}.`);
};

// Pages are only read: POST /, DELETE /x or TRACE / get a 405 in the contract's JSON
// (through app.onError, so no-store), not a plain-text 404.
const readOnly = (c: Context) => {
  c.header('Allow', 'GET, HEAD');
  throw new ApiError(405, 'method_not_allowed', `Pages are read with GET or HEAD, not ${c.req.method}.`);
};

/**
 * The built single-page client. Hashed assets are cached for a year; every other
 * page path gets index.html so client-side routes work on reload.
 */
export function serveClient(clientDir: string) {
  const indexHtml = readFileSync(join(clientDir, 'index.html'), 'utf8');
  return (
    new Hono()
      .use(
        '/assets/*',
        serveStatic({
          root: clientDir,
          precompressed: true,
          onFound: (_path, c) => {
            c.header('Cache-Control', 'public, max-age=31536000, immutable');
          },
        }),
      )
      .all('/assets/*', noFile)
      // Root files such as robots.txt; "/" itself falls through to the page below.
      .use('/:file{.+\\.[a-z0-9]+}', serveStatic({ root: clientDir }))
      .all('/:file{.+\\.[a-z0-9]+}', noFile)
      .get('*', (c) => {
        c.header('Cache-Control', 'no-cache');
        return c.html(indexHtml);
      })
      .all('*', readOnly)
  );
}
