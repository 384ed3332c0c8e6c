import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from '../tools/server-process';
import { errorBodySchema } from '../shared/api/errors';
import { parseResponse, rawExchange, requestInFlight } from './test-sockets';

// The real entry file as a process: page fallback, JSON 404s, caching and a clean stop.
describe('server entry (server/index.ts)', () => {
  let server: RunningServer;
  const clientDir = mkdtempSync(join(tmpdir(), 'itb-entry-client-'));

  beforeAll(async () => {
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>app shell</title>');
    writeFileSync(join(clientDir, 'assets', 'main-abc123.js'), 'console.log(1)');
    writeFileSync(join(clientDir, 'present.txt'), 'a root file');
    server = await startServer({ CLIENT_DIR: clientDir });
  }, 30_000);

  afterAll(async () => {
    await server.stop();
    rmSync(clientDir, { recursive: true, force: true });
  });

  it('prints the URL it listens on, on loopback', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each(['/', '/summary', '/summary/patient', '/rules', '/examples', '/examples/any-id/patient'])(
    'serves the app shell at %s, not cached',
    async (path) => {
      const res = await fetch(server.url + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('app shell');
    },
  );

  it('serves hashed assets with a long cache', async () => {
    const res = await fetch(`${server.url}/assets/main-abc123.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('serves a root file that exists', async () => {
    const res = await fetch(`${server.url}/present.txt`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('a root file');
  });

  it.each(['/assets/missing-abc123.js', '/assets/deeper/missing.css', '/robots.txt', '/favicon.ico'])(
    'answers a missing file at %s with a JSON 404, not the page',
    async (path) => {
      const res = await fetch(server.url + path);
      expect(res.status).toBe(404);
      expect(errorBodySchema.parse(await res.json()).error).toBe('not_found');
    },
  );

  it.each(['POST /', 'DELETE /x', 'TRACE /', 'PUT /summary', 'OPTIONS /rules'])(
    'answers %s, another method on a page path, with a JSON 405, Allow: GET, HEAD and no-store',
    async (request) => {
      const res = parseResponse(
        await rawExchange(
          server.url,
          `${request} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
        ),
      );
      expect(res.status).toBe(405);
      expect(res.headers['allow']).toBe('GET, HEAD');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(errorBodySchema.parse(JSON.parse(res.body)).error).toBe('method_not_allowed');
    },
  );

  it('clips the path it names in a 404 for a missing file, as every 404 does', async () => {
    const res = await fetch(`${server.url}/assets/${'%01'.repeat(3_000)}.js`);
    expect(res.status).toBe(404);
    expect((await res.text()).length).toBeLessThan(1_000);
  });

  it('answers unknown /api paths with JSON 404, not the page', async () => {
    const res = await fetch(`${server.url}/api/does-not-exist`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'not_found' });
  });

  it('logs requests without bodies', async () => {
    await fetch(`${server.url}/api/summary`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ notes: 'secret-words' }),
    });
    // Lines are written once per turn of the event loop, so the line may trail the answer.
    await vi.waitFor(() => expect(server.output()).toMatch(/POST \/api\/summary 400/));
    expect(server.output()).not.toContain('secret-words');
  });

  // Requests that fail before the app sees them (Node's parser, the adapter's URL
  // check, an Expect header) still get the contract's JSON and the security headers.
  const get = (headers: string) => `GET /api/health HTTP/1.1\r\n${headers}\r\n`;
  it.each([
    [
      'Content-Length with Transfer-Encoding',
      `POST /api/summary HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
      400,
      'invalid_request',
    ],
    ['a malformed request line', 'GET /api/health HTTP/1.1 extra\r\nHost: localhost\r\n\r\n', 400, 'invalid_request'],
    ['a Host that is not a host name', get('Host: exa mple.com\r\n'), 400, 'invalid_request'],
    ['two Host headers', get('Host: localhost\r\nHost: evil.example\r\n'), 400, 'invalid_request'],
    ['no Host at all', get(''), 400, 'invalid_request'],
    ['headers over 16 KiB', get(`Host: localhost\r\nX-Big: ${'x'.repeat(17 * 1024)}\r\n`), 431, 'payload_too_large'],
    ['an Expect other than 100-continue', get('Host: localhost\r\nExpect: 200-ok\r\n'), 417, 'invalid_request'],
    [
      'CONNECT, a proxy tunnel request',
      'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n',
      405,
      'method_not_allowed',
    ],
  ])('answers %s with JSON, the security headers and no-store', async (_, request, status, code) => {
    const res = parseResponse(await rawExchange(server.url, request));
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(errorBodySchema.parse(JSON.parse(res.body)).error).toBe(code);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers a body longer than its Content-Length (the rest reads as a broken request) with JSON', async () => {
    const raw = await rawExchange(
      server.url,
      'POST /api/summary HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}\u0001junk\r\n\r\n',
    );
    // Both arrive in one read: Node refuses the connection before the app answers the first.
    const res = parseResponse(raw);
    expect(res.status).toBe(400);
    expect(errorBodySchema.parse(JSON.parse(res.body)).error).toBe('invalid_request');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('does not start with CDS Hooks issuers but no PUBLIC_URL, and says why in one line', async () => {
    const issuers = [{ iss: 'https://ehr.example/', jwksUrl: 'https://ehr.example/jwks.json' }];
    const error = await startServer({
      CLIENT_DIR: clientDir,
      CDS_HOOKS_ISSUERS: JSON.stringify(issuers),
      PUBLIC_URL: '',
    }).then(
      // A server that starts anyway is stopped, so a failing run leaves no process behind.
      async (started) => {
        await started.stop();
        return new Error('started');
      },
      (refused: Error) => refused,
    );
    expect(error.message).toMatch(/^Server exited with 1:\nNot started: CDS Hooks settings: PUBLIC_URL: must be set/);
    expect(error.message).not.toMatch(/\n\s+at /);
  });

  it('exits 0 on SIGTERM', async () => {
    const other = await startServer({ CLIENT_DIR: clientDir });
    const exited = new Promise<number | null>((resolve) => other.process.once('exit', resolve));
    other.process.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('drains on SIGINT: answers the request in flight, closes its kept-alive connection, ignores a repeated signal', async () => {
    const other = await startServer({ CLIENT_DIR: clientDir });
    const exited = new Promise<number | null>((resolve) => other.process.once('exit', resolve));
    const inFlight = requestInFlight(other.url);
    await inFlight.started;
    const signalled = performance.now();
    // Ctrl-C reaches the server twice: from the terminal and passed on by npm.
    other.process.kill('SIGINT');
    other.process.kill('SIGINT');
    expect((await inFlight.finish()).status).toBe(200);
    expect(await exited).toBe(0);
    expect(performance.now() - signalled).toBeLessThan(2_000);
    inFlight.close();
  });
});
