import { execFileSync } from 'node:child_process';
import { readdirSync, readlinkSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { probeHealth, slowUploads } from '../tools/bench/slow-uploads';
import { startServer, type RunningServer } from '../tools/server-process';

/** Sockets the process holds open (Linux /proc): connections, the listening socket, stdio socket pairs. */
const openSockets = (pid: number) =>
  readdirSync(`/proc/${pid}/fd`).filter((fd) => {
    try {
      return readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith('socket:');
    } catch {
      return false; // closed while we looked
    }
  }).length;

/** A connection that sends part of its headers and then nothing: a slow-header client. */
const slowConnection = (url: string) =>
  new Promise<net.Socket>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const socket = net.connect({ host: hostname, port: Number(port) }, () => {
      socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
      resolve(socket);
    });
    socket.once('error', reject);
    socket.on('close', () => socket.removeAllListeners('error'));
  });

/** GET on a connection of its own (no pooled keep-alive), with a deadline. */
const freshGet = (url: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.get(url, { agent: false, timeout: 3_000 }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 3 s')));
    req.on('error', reject);
  });

describe('connection cap (process)', () => {
  // One server for both tests (they ask for the same settings); each test lets go of its connections.
  let server: RunningServer;
  const sockets: net.Socket[] = [];

  let attack: ReturnType<typeof slowUploads> | undefined;

  beforeAll(async () => {
    server = await startServer({ CLIENT_DIR: '/nonexistent', MAX_CONNECTIONS: '100' });
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.destroy();
    attack?.stop();
  });
  afterAll(() => server?.stop());

  it('300 slow-header connections from one host: a fresh client still gets /api/health; the server holds at most the cap', async () => {
    const pid = server.process.pid!;
    // A small open-file limit, as on a modest host: without a cap, 300 held
    // connections use up the server's file descriptors and every new client is reset.
    execFileSync('prlimit', [`--pid=${pid}`, '--nofile=256:256']);
    const before = openSockets(pid);

    for (let i = 0; i < 300; i++) sockets.push(await slowConnection(server.url));
    const res = await freshGet(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ status: 'ok' });
    expect(openSockets(pid) - before).toBeLessThanOrEqual(100);
  }, 15_000);

  it('100 slow uploads that reconnect when closed (headers, then a body byte a second): health still answers at once', async () => {
    // Issue 18's attack scaled down (it used 1,000 connections against a cap of 1,000:
    // tools/bench/slow-upload-attack.ts). A body still arriving once held its place
    // until the 30 s request timeout, so every place was taken and health went unanswered.
    attack = slowUploads(server.url, { connections: 100 });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const health = await probeHealth(server.url, { seconds: 3, everyMs: 250 });
    // Every probe answered is the point: before, none of the 12 was. The goal of a 50 ms
    // median is measured with the tool at full scale (README, Limits); here the rest of
    // the suite loads both cores (a median of 150 ms was seen), so the bound is loose.
    expect(health.answered).toBe(health.probes);
    expect(health.p50).toBeLessThan(1_000);
  }, 15_000);
});
