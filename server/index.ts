import { serve } from '@hono/node-server';
import { createApp } from './app';
import { clientDir } from './scripts/paths';

// Entry point: serves the built client and the API on one port.
const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';

const app = createApp({ clientDir, log: (line) => console.log(line) });

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
