import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { bufferedLines } from './lib/line-buffer';
import { clientDir } from './lib/client-dir';

// Entry point: serves the built client and the API on one port.
const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';

// Under `npm run dev` Vite serves the pages, so a missing build only means "API only".
const hasClient = existsSync(join(clientDir, 'index.html'));
if (!hasClient) console.log(`No client build in ${clientDir}: serving the API only.`);

const app = createApp({ clientDir: hasClient ? clientDir : undefined, log: bufferedLines() });

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  console.log(`ITB Referral Aid listening on http://${host}:${info.port}`);
});

// Finish the requests in flight, then exit, so a deploy or Ctrl-C never cuts an answer.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
