import { readFileSync } from 'node:fs';

// Connection limits and timeouts; README "Limits" gives the reasoning for each number.

export type ServerLimits = {
  /** Open connections at most; beyond it the oldest idle one is closed (see connections.ts). */
  maxConnections: number;
  /** From a connection's first byte of a request to the end of its headers. */
  headersTimeout: number;
  /** From the first byte of a request to the end of its body. */
  requestTimeout: number;
  /** How long a kept-alive connection may wait for its next request. */
  keepAliveTimeout: number;
  /** Requests on one connection before it is closed. */
  maxRequestsPerSocket: number;
  /** A connection with no traffic either way (a client that stopped reading its answer). */
  socketTimeout: number;
};

export const defaultLimits: ServerLimits = {
  maxConnections: 1_000,
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
  maxRequestsPerSocket: 1_000,
  socketTimeout: 30_000,
};

/** File descriptors the server keeps for itself beyond its connections: files it serves, stdio, the event loop. */
const reservedDescriptors = 100;

/** The process's open-file limit from /proc/self/limits (Linux); undefined elsewhere. */
export function openFileLimit(limitsText = readLimits()): number | undefined {
  const soft = /^Max open files\s+(\d+)/m.exec(limitsText ?? '')?.[1];
  return soft === undefined ? undefined : Number(soft);
}

function readLimits(): string | undefined {
  try {
    return readFileSync('/proc/self/limits', 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The connection cap: MAX_CONNECTIONS or the default, lowered when the open-file
 * limit is too small to hold it, since a cap above that limit would not prevent the
 * exhaustion it exists for.
 */
export function connectionCap(requested: string | undefined, fileLimit = openFileLimit()): number {
  const wanted = requested === undefined ? defaultLimits.maxConnections : Number(requested);
  if (!Number.isInteger(wanted) || wanted < 1)
    throw new Error(`MAX_CONNECTIONS must be a whole number above 0, not "${requested}".`);
  return fileLimit === undefined ? wanted : Math.max(1, Math.min(wanted, fileLimit - reservedDescriptors));
}

/**
 * Requests per connection: MAX_REQUESTS_PER_CONNECTION or the default; 0 means no
 * limit. The benches set 0: autocannon keeps sending on a connection the server has
 * asked to close (Connection: close), and Node answers those requests with a 503.
 */
export function requestsPerConnection(requested: string | undefined): number {
  if (requested === undefined) return defaultLimits.maxRequestsPerSocket;
  const wanted = Number(requested);
  if (!Number.isInteger(wanted) || wanted < 0)
    throw new Error(`MAX_REQUESTS_PER_CONNECTION must be a whole number, 0 or more, not "${requested}".`);
  return wanted;
}
