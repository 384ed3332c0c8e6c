import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { parseResponse, rawExchange } from '../test-sockets';
import { createHttpServer } from './http-server';
import { connectionCap, defaultLimits, openFileLimit, type ServerLimits } from './limits';

// The limits on a real socket, scaled down from seconds to a few hundred ms.
const fast: ServerLimits = {
  maxConnections: 5,
  headersTimeout: 300,
  requestTimeout: 600,
  keepAliveTimeout: 300,
  maxRequestsPerSocket: 2,
  socketTimeout: 5_000,
};

describe('http server limits', () => {
  let stop: (() => Promise<void>) | undefined;
  const lines: string[] = [];

  async function listen(limits: ServerLimits, fetch = createApp().fetch) {
    const { server } = createHttpServer(fetch, { limits, log: (line) => lines.push(line) });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    stop = () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    };
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  afterEach(async () => {
    await stop?.();
    lines.length = 0;
  });

  const timed = async (exchange: Promise<string>) => {
    const started = performance.now();
    const raw = await exchange;
    return { raw, ms: performance.now() - started };
  };

  it('answers 408 and closes when the headers take longer than headersTimeout', async () => {
    const url = await listen(fast);
    const { raw, ms } = await timed(rawExchange(url, 'GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ', 3_000));
    expect(raw).toMatch(/^HTTP\/1\.1 408 /);
    expect(JSON.parse(parseResponse(raw).body)).toEqual({
      error: 'invalid_request',
      message: 'The request did not arrive in time.',
    });
    expect(ms).toBeGreaterThan(250);
    expect(ms).toBeLessThan(1_500);
  });

  it('answers 408 and closes when the body takes longer than requestTimeout', async () => {
    const url = await listen(fast);
    const head =
      'POST /api/summary HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{';
    const { raw, ms } = await timed(rawExchange(url, head, 3_000));
    expect(raw).toMatch(/^HTTP\/1\.1 408 /);
    expect(ms).toBeGreaterThan(550);
    expect(ms).toBeLessThan(2_000);
  });

  it('closes a kept-alive connection after keepAliveTimeout, and after maxRequestsPerSocket requests', async () => {
    const url = await listen(fast);
    const get = 'GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n';
    const idle = await timed(rawExchange(url, get, 3_000));
    expect(idle.raw).toMatch(/^HTTP\/1\.1 200 /);
    // Node waits 1 s past the advertised keep-alive time before it closes.
    expect(idle.ms).toBeGreaterThan(1_250);
    expect(idle.ms).toBeLessThan(2_000);

    const twice = await rawExchange(url, get + get + get, 3_000);
    expect(twice.match(/HTTP\/1\.1 200 /g)).toHaveLength(2);
    expect(twice).toMatch(/connection: close/i);
  });

  /** A connection that sends `text` and then waits; isClosed() says whether the server has closed it. */
  const holdOpen = (url: string, text: string) =>
    new Promise<{ isClosed: () => boolean }>((resolve) => {
      let closed = false;
      const socket = net.connect(Number(new URL(url).port), '127.0.0.1', () => {
        socket.write(text);
        resolve({ isClosed: () => closed });
      });
      // The server resets the connections it pushes out: that is the point, not an error here.
      socket.on('error', () => {});
      socket.once('close', () => (closed = true));
    });
  const slowHeaders = 'GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ';
  const slowBody =
    'POST /api/summary HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 30000\r\n\r\n{';

  it('at the cap closes the oldest idle connection to admit a new one, never one that is answering', async () => {
    // An app whose answer to /held waits until the test releases it: a request answering, its whole request in.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let arrived = () => {};
    const held = new Promise<void>((resolve) => (arrived = resolve));
    const app = createApp();
    const url = await listen(fast, async (request) => {
      if (new URL(request.url).pathname !== '/held') return app.fetch(request);
      arrived();
      await released;
      return new Response('done');
    });
    const answer = rawExchange(url, 'GET /held HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n', 5_000);
    await held;
    const slow = await Promise.all(Array.from({ length: 10 }, () => holdOpen(url, slowHeaders)));
    // Each arrival that fills the last place pushes out the oldest idle one: 4 places, one answering,
    // so 7 of the 10 are closed (however long a busy machine takes to say so) and 3 stay open.
    const closedCount = () => slow.filter(({ isClosed }) => isClosed()).length;
    await expect.poll(closedCount, { timeout: 5_000 }).toBe(7);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(closedCount()).toBe(7);
    release();
    expect(parseResponse(await answer).status).toBe(200);
    expect(lines).toEqual(['connection cap 5 reached: closing the oldest idle connections to admit new ones']);
  });

  it('at the cap counts a body still arriving as nothing to answer: the slow upload goes first, not a newer client', async () => {
    // Timeouts far off, so only the cap can close a connection here.
    const url = await listen({ ...fast, headersTimeout: 10_000, requestTimeout: 20_000 });
    const upload = await holdOpen(url, slowBody);
    await new Promise((resolve) => setTimeout(resolve, 100)); // its headers are read: a request under way
    // 5 places: the fourth slow-header client fills the last one and pushes out the oldest
    // connection that answers nothing, which is the upload.
    const slow = await Promise.all(Array.from({ length: 4 }, () => holdOpen(url, slowHeaders)));
    await expect.poll(() => upload.isClosed(), { timeout: 3_000 }).toBe(true);
    expect(slow.filter(({ isClosed }) => isClosed())).toHaveLength(0);
  });
});

describe('connection cap setting', () => {
  it('reads MAX_CONNECTIONS, defaults to 1000, and stays 100 under the open-file limit', () => {
    expect(connectionCap(undefined, 1_048_576)).toBe(defaultLimits.maxConnections);
    expect(connectionCap('5000', 1_048_576)).toBe(5000);
    expect(connectionCap(undefined, 1024)).toBe(924);
    expect(connectionCap('50', undefined)).toBe(50);
    expect(() => connectionCap('lots', 1024)).toThrow(/MAX_CONNECTIONS/);
    expect(() => connectionCap('0', 1024)).toThrow(/MAX_CONNECTIONS/);
  });

  it('reads the soft open-file limit from /proc/self/limits', () => {
    const text =
      'Limit                     Soft Limit           Hard Limit           Units\nMax open files            1024                 524288               files\n';
    expect(openFileLimit(text)).toBe(1024);
    expect(openFileLimit('')).toBeUndefined();
  });
});
