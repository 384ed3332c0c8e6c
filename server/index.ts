import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApp } from './app';
import { clientDir } from './lib/client-dir';
import { createHttpServer } from './lib/http-server';
import { connectionCap, defaultLimits, requestsPerConnection } from './lib/limits';
import { bufferedLines } from './lib/line-buffer';
import { stopOnSignals } from './lib/shutdown';

// Entry point: serves the built client and the API on one port. `npm start` runs
// it compiled (dist/server/index.js) with plain node; `npm run dev` with tsx.
const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';
const limits = {
  ...defaultLimits,
  maxConnections: connectionCap(process.env.MAX_CONNECTIONS),
  maxRequestsPerSocket: requestsPerConnection(process.env.MAX_REQUESTS_PER_CONNECTION),
};

// Under `npm run dev` Vite serves the pages, so a missing build only means "API only".
const hasClient = existsSync(join(clientDir, 'index.html'));
if (!hasClient) console.log(`No client build in ${clientDir}: serving the API only.`);

const log = bufferedLines();
const app = createApp({ clientDir: hasClient ? clientDir : undefined, log });
const { server, connections } = createHttpServer(app.fetch, { limits, log });
stopOnSignals(server, connections);
server.listen(port, hostname, () => {
  const info = server.address() as AddressInfo;
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  console.log(
    `ITB Referral Aid listening on http://${host}:${info.port} (at most ${limits.maxConnections} connections)`,
  );
});
