import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApp } from './app';
import { cdsAuthFromEnv } from './lib/cds-auth';
import { clientDir } from './lib/client-dir';
import { createHttpServer } from './lib/http-server';
import { connectionCap, defaultLimits, requestsPerConnection } from './lib/limits';
import { bufferedLines } from './lib/line-buffer';
import { listenAddress } from './lib/listen-address';
import { stopOnSignals } from './lib/shutdown';

// Entry point: serves the built client and the API on one port. `npm start` runs
// it compiled (dist/server/index.js) with plain node; `npm run dev` with tsx.

/** A setting that cannot be used stops the start with one line saying which and why, not a stack trace. */
function setting<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    console.error(`Not started: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const { port, hostname } = listenAddress(process.env);
const limits = {
  ...defaultLimits,
  maxConnections: setting(() => connectionCap(process.env.MAX_CONNECTIONS)),
  maxRequestsPerSocket: setting(() => requestsPerConnection(process.env.MAX_REQUESTS_PER_CONNECTION)),
};
const cdsHooks = setting(() => cdsAuthFromEnv(process.env));

// Under `npm run dev` Vite serves the pages, so a missing build only means "API only".
const hasClient = existsSync(join(clientDir, 'index.html'));
if (!hasClient) console.log(`No client build in ${clientDir}: serving the API only.`);

const log = bufferedLines();
const app = createApp({ clientDir: hasClient ? clientDir : undefined, log, cdsHooks });
const { server, connections } = createHttpServer(app.fetch, { limits, log });
stopOnSignals(server, connections);
server.listen(port, hostname, () => {
  const info = server.address() as AddressInfo;
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  console.log(
    `ITB Referral Aid listening on http://${host}:${info.port} (at most ${limits.maxConnections} connections)`,
  );
});
