// The floor: a bare node:http server that does the least any server must do for
// these requests: read the whole request body, then answer the bytes the real
// server answered (status, header lines in order, body), captured by the bench
// and passed as a JSON file. No framework, no parsing, no validation, no log:
// what the real server costs above this is what the application and Hono add.
// Run in its own process: `node --import tsx tools/bench/floor-server.ts <answers.json>`.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { defaultLimits, requestsPerConnection } from '../../server/lib/limits';

export type FloorAnswer = { method: string; path: string; status: number; headers: [string, string][]; body: string };

const answers: FloorAnswer[] = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
// Built once: per request the floor only looks up and writes.
const byRoute = new Map(
  answers.map((a) => [
    `${a.method} ${a.path}`,
    { status: a.status, headers: Object.fromEntries(a.headers), body: Buffer.from(a.body, 'base64') },
  ]),
);

const server = createServer((req, res) => {
  const answer = byRoute.get(`${req.method} ${req.url}`);
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    Buffer.concat(chunks); // the body, read whole as the real server reads it
    if (!answer) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  });
});

// The real server's keep-alive settings, so its Keep-Alive line and connection reuse match.
server.keepAliveTimeout = defaultLimits.keepAliveTimeout;
server.maxRequestsPerSocket = requestsPerConnection(process.env.MAX_REQUESTS_PER_CONNECTION);

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') console.log(`floor listening on http://127.0.0.1:${address.port}`);
});
// Nothing is in flight when the bench stops it.
process.once('SIGTERM', () => process.exit(0));
