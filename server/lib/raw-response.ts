import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Hono } from 'hono';
import type { ErrorBody } from '../../shared/api/errors';
import { securityHeaders } from './security-headers';

// Error answers written outside the app: to requests Node's parser or the adapter
// refused before the app saw them. They carry the same security headers as every
// other answer, taken once from the app's own middleware so the two cannot drift,
// and close the connection: a client that sent a broken request is not trusted to
// frame the next one.
const probe = await new Hono()
  .use(securityHeaders)
  .get('/', (c) => c.body(null, 204))
  .request('/');
const errorHeaders: Record<string, string> = {
  ...Object.fromEntries(probe.headers),
  'content-type': 'application/json',
  'cache-control': 'no-store',
  connection: 'close',
};

/** For @hono/node-server's errorHandler, which sends a Response. */
export const errorResponse = (status: number, body: ErrorBody) =>
  new Response(JSON.stringify(body), { status, headers: errorHeaders });

/** For Node events that hand over a ServerResponse ('checkExpectation'). */
export function endWithError(res: ServerResponse, status: number, body: ErrorBody) {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...errorHeaders, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** For Node's 'clientError', which hands over only the socket: a whole HTTP/1.1 answer, then close. */
export function writeErrorToSocket(socket: Socket, status: number, body: ErrorBody) {
  const text = JSON.stringify(body);
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    ...Object.entries(errorHeaders).map(([name, value]) => `${name}: ${value}`),
  ];
  socket.write(`${head.join('\r\n')}\r\ncontent-length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
  socket.destroySoon();
}
