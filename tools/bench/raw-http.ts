// One HTTP/1.1 exchange over a bare socket, so the floor server can be given the
// exact status line, header lines (names in their case, in their order) and body
// bytes the real server sends, and so the bench can check the floor sends them too.
import { connect } from 'node:net';

export type RawResponse = { statusLine: string; headers: [string, string][]; body: Buffer };

export type RawRequest = { method: 'GET' | 'POST'; path: string; body?: string };

export function exchange(url: string, request: RawRequest): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  const body = Buffer.from(request.body ?? '');
  const head = [`${request.method} ${request.path} HTTP/1.1`, `host: ${hostname}:${port}`];
  if (request.body !== undefined) head.push('content-type: application/json', `content-length: ${body.length}`);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('error', reject);
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      const all = Buffer.concat(chunks);
      const end = all.indexOf('\r\n\r\n');
      if (end < 0) return;
      const [statusLine, ...lines] = all.subarray(0, end).toString('latin1').split('\r\n');
      const headers = lines.map((line): [string, string] => [
        line.slice(0, line.indexOf(':')),
        line.slice(line.indexOf(':') + 1).trim(),
      ]);
      const length = Number(headers.find(([name]) => name.toLowerCase() === 'content-length')?.[1]);
      if (!Number.isFinite(length)) return reject(new Error(`No Content-Length in ${statusLine}`));
      if (all.length < end + 4 + length) return;
      socket.destroy();
      resolve({ statusLine: statusLine!, headers, body: all.subarray(end + 4, end + 4 + length) });
    });
    socket.write(`${head.join('\r\n')}\r\n\r\n`);
    socket.write(body);
  });
}

// Headers Node's http server writes by itself on every response; the floor leaves them to it too.
const addedByNode = new Set(['date', 'connection', 'keep-alive']);

/** The header lines the application chose, in order, with their case. */
export const applicationHeaders = (response: RawResponse) =>
  response.headers.filter(([name]) => !addedByNode.has(name.toLowerCase()));

/**
 * Differences between two responses other than the Date value; empty when they
 * match byte for byte. With anyOrder, the same header lines in another order
 * also match (an experiment may let Node place Content-Length after Date).
 */
export function differences(expected: RawResponse, actual: RawResponse, { anyOrder = false } = {}): string[] {
  const lines = (r: RawResponse) => {
    const [status, ...headers] = [
      r.statusLine,
      ...r.headers.map(([n, v]) => `${n}: ${n.toLowerCase() === 'date' ? '<date>' : v}`),
    ];
    return [status!, ...(anyOrder ? headers.sort() : headers)];
  };
  const want = lines(expected);
  const got = lines(actual);
  const found: string[] = [];
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] !== got[i]) found.push(`line ${i}: expected ${JSON.stringify(want[i])}, got ${JSON.stringify(got[i])}`);
  }
  if (!expected.body.equals(actual.body))
    found.push(`body differs (${expected.body.length} vs ${actual.body.length} bytes)`);
  return found;
}
