import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { differences, exchange } from './raw-http';

let server: Server | undefined;
afterEach(() => server?.close());

const listen = (handler: Parameters<typeof createServer>[1]) =>
  new Promise<number>((resolve) => {
    server = createServer(handler).listen(0, '127.0.0.1', () => resolve((server!.address() as { port: number }).port));
  });

describe('raw exchange', () => {
  it('keeps header case and order, and compares all but the date', async () => {
    const port = await listen((req, res) => {
      req.resume().on('end', () => res.writeHead(200, { 'x-b': '1', 'X-A': '2', 'Content-Length': 2 }).end('ok'));
    });
    const url = `http://127.0.0.1:${port}`;
    const first = await exchange(url, { method: 'POST', path: '/', body: '{}' });
    expect(first.headers.slice(0, 3)).toEqual([
      ['x-b', '1'],
      ['X-A', '2'],
      ['Content-Length', '2'],
    ]);
    expect(first.body.toString()).toBe('ok');
    expect(
      differences(first, { ...first, headers: first.headers.map(([n, v]) => [n, n === 'Date' ? 'later' : v]) }),
    ).toEqual([]);
    expect(differences(first, { ...first, body: Buffer.from('no') })).toHaveLength(1);
    const reordered = { ...first, headers: [...first.headers].reverse() };
    expect(differences(first, reordered)).not.toEqual([]);
    expect(differences(first, reordered, { anyOrder: true })).toEqual([]);
  });
});
