// The slow-upload attack of issue 18 and a health probe to watch it with: many
// connections that send whole headers for POST /api/summary announcing a 30,000-byte
// body, then one body byte per second, and reconnect whenever the server closes
// them. Used by `tools/bench/slow-upload-attack.ts` (full scale) and by
// server/slow-uploads.test.ts (scaled down).
import http from 'node:http';
import net from 'node:net';

const head = (host: string) =>
  `POST /api/summary HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: 30000\r\n\r\n{`;

/** Starts `connections` slow uploads against `url`; stop() ends them all and the reconnecting. */
export function slowUploads(url: string, { connections }: { connections: number }) {
  const { hostname, port } = new URL(url);
  const open = new Set<net.Socket>();
  let stopped = false;
  let reconnects = 0;

  const connect = () => {
    const socket = net.connect({ host: hostname, port: Number(port) }, () => socket.write(head(hostname)));
    open.add(socket);
    // A reset is what the server does to a connection it evicts: expected, not an error here.
    socket.on('error', () => {});
    socket.once('close', () => {
      open.delete(socket);
      if (stopped) return;
      reconnects += 1;
      connect();
    });
  };
  for (let i = 0; i < connections; i++) connect();

  const drip = setInterval(() => {
    for (const socket of open) if (socket.writable && !socket.connecting) socket.write(' ');
  }, 1_000);

  return {
    get open() {
      return open.size;
    },
    get reconnects() {
      return reconnects;
    },
    stop() {
      stopped = true;
      clearInterval(drip);
      for (const socket of open) socket.destroy();
    },
  };
}

/** One GET /api/health on a connection of its own: its time in ms, or undefined without a 200 within `timeoutMs`. */
export function timedHealth(url: string, timeoutMs: number): Promise<number | undefined> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.get(`${url}/api/health`, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200 ? performance.now() - started : undefined));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
  });
}

/** Health probes every `everyMs` for `seconds`; each unanswered probe counts as slower than any answered. */
export async function probeHealth(url: string, { seconds, everyMs = 500, timeoutMs = 2_000 }: ProbeOptions) {
  const probes: Promise<number | undefined>[] = [];
  for (let at = 0; at < seconds * 1_000; at += everyMs) {
    probes.push(timedHealth(url, timeoutMs));
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  const times = await Promise.all(probes);
  const sorted = times.map((ms) => ms ?? Infinity).sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
  return { probes: times.length, answered: times.filter((ms) => ms !== undefined).length, p50: at(0.5), p95: at(0.95) };
}

export type ProbeOptions = { seconds: number; everyMs?: number; timeoutMs?: number };
