import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

/**
 * The built single-page client. Hashed assets are cached for a year; every other
 * page path gets index.html so client-side routes work on reload.
 */
export function serveClient(clientDir: string) {
  const indexHtml = readFileSync(join(clientDir, 'index.html'), 'utf8');
  return new Hono()
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
    // Root files such as robots.txt; "/" itself falls through to the page below.
    .use('/:file{.+\\.[a-z0-9]+}', serveStatic({ root: clientDir }))
    .get('*', (c) => {
      c.header('Cache-Control', 'no-cache');
      return c.html(indexHtml);
    });
}
