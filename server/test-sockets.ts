import net from 'node:net';
import exampleIntake from '../shared/fixtures/example-intake.json' with { type: 'json' };

// Raw TCP helpers for process tests: what a browser's fetch cannot do
// (half-sent bodies, broken framing, slow headers).

const address = (url: string) => {
  const { hostname, port } = new URL(url);
  return { host: hostname, port: Number(port) };
};

/** Sends `text` on a new connection and returns everything the server wrote until it closed (or `waitMs`). */
export function rawExchange(url: string, text: string, waitMs = 2_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const socket = net.connect(address(url), () => socket.write(text));
    const timer = setTimeout(() => socket.destroy(), waitMs);
    socket.on('data', (chunk) => (received += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
  });
}

/** The status line, headers (lower-case names) and body of the first response in `raw`. */
export function parseResponse(raw: string) {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') };
}

/** True once `raw` holds a whole response with a Content-Length body. */
const isComplete = (raw: string) => {
  const end = raw.indexOf('\r\n\r\n');
  if (end === -1) return false;
  const length = /\r\ncontent-length: *(\d+)/i.exec(raw.slice(0, end));
  return length !== null && Buffer.byteLength(raw.slice(end + 4)) >= Number(length[1]);
};

/**
 * A keep-alive POST /api/summary of the example intake whose body is half sent: the
 * request is in flight until `finish()` sends the rest and waits for the answer.
 */
export function requestInFlight(url: string) {
  const body = JSON.stringify(exampleIntake);
  const half = Math.floor(body.length / 2);
  let received = '';
  const socket = net.connect(address(url));
  const connected = new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const answered = new Promise<void>((resolve, reject) => {
    socket.on('data', (chunk) => {
      received += chunk;
      if (isComplete(received)) resolve();
    });
    socket.once('close', () => (isComplete(received) ? resolve() : reject(new Error(`closed with: ${received}`))));
  });
  // Awaited by finish(); a test that never finishes must not leave a rejection unhandled.
  answered.catch(() => {});
  socket.write(
    `POST /api/summary HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, half)}`,
  );
  return {
    /** Resolves once the server has had time to read the headers and half the body. */
    started: connected.then(() => new Promise((resolve) => setTimeout(resolve, 100))),
    finish: async () => {
      socket.write(body.slice(half));
      await answered;
      return parseResponse(received);
    },
    /** The connection is left open after the answer, as a browser would: the server decides when it ends. */
    close: () => socket.destroy(),
  };
}

/** True when nothing accepts connections on the port any more. */
export const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
