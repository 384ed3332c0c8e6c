import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app';
import { rawExchange } from '../test-sockets';
import { createHttpServer } from './http-server';
import { defaultLimits } from './limits';

// The request log on a real socket: what a client that goes away, or a path with
// control characters, leaves in it.
describe('request log (real server)', () => {
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  const { server } = createHttpServer(createApp({ log }).fetch, { limits: defaultLimits, log });
  let url = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  /** Sends the head and part of a body, then drops the connection. */
  const abortMidBody = (head: string) =>
    new Promise<void>((resolve) => {
      const socket = net.connect((server.address() as AddressInfo).port, '127.0.0.1', () => {
        socket.write(head);
        setTimeout(() => socket.destroy(), 50);
      });
      socket.on('close', () => resolve());
    });

  it.each([
    ['a streamed body', 'Transfer-Encoding: chunked\r\n\r\n5\r\n{"pat\r\n'],
    ['a body with Content-Length', 'Content-Length: 100\r\n\r\n{"pat'],
  ])('logs a client that leaves during %s as client-closed, never as a 500 with a stack', async (_, rest) => {
    lines.length = 0;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await abortMidBody(`POST /api/summary HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n${rest}`);
    await vi.waitFor(() => expect(lines.length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 100)); // room for a second line, which must not come
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^POST \/api\/summary client-closed \d+\.\dms$/);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('escapes control characters in the path, so a path cannot forge a log line', async () => {
    lines.length = 0;
    await rawExchange(
      url,
      'GET /api/x%0aGET%20/forged%20200%200.1ms%0d%1b[31m HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
    );
    await vi.waitFor(() => expect(lines).toHaveLength(1));
    expect(lines[0]).toMatch(/^GET \/api\/x%0AGET%20\/forged%20200%200\.1ms%0D%1B\[31m 404 \d+\.\dms$/);
  });

  it('escapes spaces and other separators in the path, so a path cannot fake the fields of its line', async () => {
    lines.length = 0;
    // Decoded, these paths hold a space, a no-break space, an ideographic space and a right-to-left override.
    for (const path of ['/api/admin%20200%200.2ms', '/api/a%C2%A0200%E3%80%80b%E2%80%AEsm2.0']) {
      await rawExchange(url, `GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    }
    await vi.waitFor(() => expect(lines).toHaveLength(2));
    expect(lines[0]).toMatch(/^GET \/api\/admin%20200%200\.2ms 404 \d+\.\dms$/);
    expect(lines[1]).toMatch(/^GET \/api\/a%C2%A0200%E3%80%80b%E2%80%AEsm2\.0 404 \d+\.\dms$/);
    expect(lines.map((line) => line.split(' ').length)).toEqual([4, 4]);
  });
});
