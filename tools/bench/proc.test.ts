import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { cpuMicros, processTree, servingPid, statFields } from './proc';

let server: Server | undefined;
afterEach(() => server?.close());

const listen = (handler: Parameters<typeof createServer>[1]) =>
  new Promise<number>((resolve) => {
    server = createServer(handler).listen(0, '127.0.0.1', () => resolve((server!.address() as { port: number }).port));
  });

describe('bench /proc readings', () => {
  it('reads stat fields after a command name holding spaces and parentheses', () => {
    expect(statFields('42 (node (x) y) S 7 42 42 0')).toEqual(['S', '7', '42', '42', '0']);
  });

  it('finds the process holding a listening socket, from an ancestor or from itself', async () => {
    const port = await listen((_req, res) => res.end());
    expect(servingPid(process.pid, port)).toBe(process.pid);
    expect(servingPid(process.ppid, port)).toBe(process.pid);
    expect(() => servingPid(process.pid, 1)).toThrow(/listens on port 1/);
    expect(cpuMicros(process.pid)).toBeGreaterThan(0);
  });

  it('lists descendants', async () => {
    const child = spawn('sleep', ['5']);
    try {
      expect(processTree(process.pid)).toContain(child.pid);
    } finally {
      child.kill();
    }
  });
});
