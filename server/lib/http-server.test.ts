import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { parseResponse, rawExchange, requestInFlight } from '../test-sockets';
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

  async function listen(limits: ServerLimits) {
    const { server } = createHttpServer(createApp().fetch, { limits, log: (line) => lines.push(line) });
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

  it('at the cap closes the oldest idle connection to admit a new one, never one that is answering', async () => {
    const url = await listen(fast);
    const inFlight = requestInFlight(url);
    await inFlight.started;
    const { port } = new URL(url);
    const slow = await Promise.all(
      Array.from(
        { length: 10 },
        () =>
          new Promise<{ isClosed: () => boolean }>((resolve) => {
            let closed = false;
            const socket = net.connect(Number(port), '127.0.0.1', () => {
              socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
              resolve({ isClosed: () => closed });
            });
            // The server resets the connections it pushes out: that is the point, not an error here.
            socket.on('error', () => {});
            socket.once('close', () => (closed = true));
          }),
      ),
    );
    // Each arrival that fills the last place pushes out the oldest idle one: 4 places, one answering,
    // so 7 of the 10 are closed (however long a busy machine takes to say so) and 3 stay open.
    const closedCount = () => slow.filter(({ isClosed }) => isClosed()).length;
    await expect.poll(closedCount, { timeout: 5_000 }).toBe(7);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(closedCount()).toBe(7);
    expect((await inFlight.finish()).status).toBe(200);
    inFlight.close();
    expect(lines).toEqual(['connection cap 5 reached: closing the oldest idle connections to admit new ones']);
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
