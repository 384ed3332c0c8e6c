import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { trackConnections } from './connections';
import type { ServerLimits } from './limits';
import { answerUnreadRequests, onAdapterError, refuseDuplicateHost } from './unread-requests';

type Fetch = (request: Request) => Response | Promise<Response>;

/** The node:http server around the app, with the limits applied; `listen` is left to the caller. */
export function createHttpServer(fetch: Fetch, { limits, log }: { limits: ServerLimits; log: (line: string) => void }) {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeout,
      requestTimeout: limits.requestTimeout,
      keepAliveTimeout: limits.keepAliveTimeout,
      // Node checks the two request timeouts on this interval (30 s by default,
      // which would let a 10 s headers timeout run to 40 s).
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeout),
      // Node would answer a missing Host with a bare 400; without a default host
      // name the adapter reports it to onAdapterError, which answers in JSON.
      requireHostHeader: false,
    },
    refuseDuplicateHost(getRequestListener(fetch, { errorHandler: onAdapterError(log) }), log),
  );
  answerUnreadRequests(server, log);
  server.maxRequestsPerSocket = limits.maxRequestsPerSocket;
  server.timeout = limits.socketTimeout;
  const connections = trackConnections(server, { max: limits.maxConnections, log });
  return { server, connections };
}
