import type { RequestListener, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { RequestError } from '@hono/node-server';
import type { ErrorBody, ErrorCode } from '../../shared/api/errors';
import { endWithError, errorResponse, writeErrorToSocket } from './raw-response';

type Answer = [status: number, code: ErrorCode, message: string];

// Node's parser errors by code; anything else it reports is a malformed request.
// 431 and 408 have no code of their own in the contract yet: payload_too_large and
// invalid_request are the closest.
const parserAnswers: Record<string, Answer> = {
  HPE_HEADER_OVERFLOW: [431, 'payload_too_large', 'The request headers are larger than 16 KiB.'],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'payload_too_large', 'The chunk extensions of the body are too large.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'invalid_request', 'The request did not arrive in time.'],
};
const malformed: Answer = [400, 'invalid_request', 'The request is not well-formed HTTP/1.1.'];

const clientLeft = new Set(['ECONNRESET', 'HPE_INVALID_EOF_STATE']);

const body = ([, error, message]: Answer): ErrorBody => ({ error, message });

/**
 * Contract answers (JSON, security headers) for requests the app never sees:
 * refused by Node's parser ('clientError': Content-Length with Transfer-Encoding,
 * bad framing, headers too large, timeouts), CONNECT ('connect'), an Expect header
 * other than 100-continue ('checkExpectation'), or a Host or target the adapter
 * cannot turn into a URL (`onAdapterError`, passed to getRequestListener). Each is
 * logged by its kind only, never by its content.
 */
export function answerUnreadRequests(server: Server, log: (line: string) => void) {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    // Nothing to answer when the client is gone (reset, or closed its side mid-request:
    // the request log says client-closed if the app had the request), nor, by Node's
    // own rule, when an answer on this connection has begun.
    const inFlight = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
    if (clientLeft.has(err.code ?? '') || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const answer = parserAnswers[err.code ?? ''] ?? malformed;
    log(`(request not read) ${answer[0]} ${err.code ?? err.name}`);
    writeErrorToSocket(socket, answer[0], body(answer));
  });

  // Without a listener Node would drop a CONNECT (a proxy tunnel request) unanswered.
  server.on('connect', (_req, socket: Socket) => {
    log('(request not read) 405 CONNECT');
    writeErrorToSocket(socket, 405, {
      error: 'method_not_allowed',
      message: 'This server is not a proxy: CONNECT is not supported.',
    });
  });

  server.on('checkExpectation', (_req, res: ServerResponse) => {
    log('(request not read) 417 expectation');
    endWithError(res, 417, { error: 'invalid_request', message: 'Send no Expect header, or "Expect: 100-continue".' });
  });
}

/** For @hono/node-server: a request whose Host or target is not a valid URL, or that has no Host. */
export function onAdapterError(log: (line: string) => void) {
  return (err: unknown) => {
    if (err instanceof RequestError) {
      log('(request not read) 400 host-or-target');
      return errorResponse(400, { error: 'invalid_request', message: 'Send a valid Host header and request target.' });
    }
    console.error(`internal error in the adapter: ${err instanceof Error ? err.name : typeof err}`);
    return errorResponse(500, { error: 'internal_error', message: 'Something went wrong on the server. Try again.' });
  };
}

/**
 * The app's listener behind one check Node does not make: a request with two Host
 * headers is refused (RFC 9112 section 3.2). Node keeps the first and drops the rest,
 * while a proxy in front may have routed by another, so which host was meant is unclear.
 */
export function refuseDuplicateHost(listener: RequestListener, log: (line: string) => void): RequestListener {
  return (req, res) => {
    let hosts = 0;
    for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]!.toLowerCase() === 'host') hosts += 1;
    if (hosts <= 1) return listener(req, res);
    log('(request not read) 400 duplicate-host');
    endWithError(res, 400, { error: 'invalid_request', message: 'Send one Host header, not several.' });
  };
}
