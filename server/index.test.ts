import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from '../tools/server-process';

// The real entry file as a process: page fallback, JSON 404s, caching and a clean stop.
describe('server entry (server/index.ts)', () => {
  let server: RunningServer;
  const clientDir = mkdtempSync(join(tmpdir(), 'itb-entry-client-'));

  beforeAll(async () => {
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>app shell</title>');
    writeFileSync(join(clientDir, 'assets', 'main-abc123.js'), 'console.log(1)');
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

  it('exits 0 on SIGTERM', async () => {
    const other = await startServer({ CLIENT_DIR: clientDir });
    const exited = new Promise<number | null>((resolve) => other.process.once('exit', resolve));
    other.process.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
