// `npm run soak`: 60 s of POST /api/summary at 50 connections on the real server;
// reports failures, the serving process's CPU per request and its resident memory
// after warm-up, every 5 s and at the end. Exits 1 on any failed request or when
// memory grows by more than 10% of the warm figure (flat, allowing for the heap's
// normal breathing). SOAK_SECONDS changes the length.
import exampleIntake from '../../shared/fixtures/example-intake.json' with { type: 'json' };
import { load } from './load';
import { measure } from './measure';
import { loadAverage, rssMiB } from './proc';
import { startRealServer } from './targets';

// autocannon keeps sending on a connection the server asked to close (Connection: close after
// 1,000 requests), and Node answers those with 503s: the servers under load take no such limit.
process.env.MAX_REQUESTS_PER_CONNECTION ??= '0';

const seconds = Number(process.env.SOAK_SECONDS ?? 60);
const allowedGrowth = 0.1;

console.log(`load average at start: ${loadAverage()}`);
const server = await startRealServer();
try {
  const url = `${server.url}/api/summary`;
  const options = { connections: 50, method: 'POST' as const, body: JSON.stringify(exampleIntake) };
  await load(url, { ...options, seconds: 10 });
  const warm = rssMiB(server.pid);
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssMiB(server.pid)), 5_000);
  const soak = await measure(url, server.pid, { ...options, seconds });
  clearInterval(sampler);
  const end = rssMiB(server.pid);
  console.log(
    `soak ${seconds} s at 50 connections: ${soak.total} requests, ${soak.requestsPerSecond.toFixed(0)} req/s, p99 ${soak.p99Ms} ms`,
  );
  console.log(
    `server CPU ${soak.serverMicros.toFixed(1)} µs per request; failures (errors, timeouts, non-2xx) ${soak.failures}`,
  );
  console.log(
    `server RSS after warm-up ${warm.toFixed(1)} MiB; every 5 s: ${samples.map((s) => s.toFixed(0)).join(' ')}; end ${end.toFixed(1)} MiB (growth ${(end - warm).toFixed(1)} MiB)`,
  );
  const missed = [
    soak.failures > 0 && `${soak.failures} failed requests`,
    end > warm * (1 + allowedGrowth) &&
      `memory grew ${(((end - warm) / warm) * 100).toFixed(0)}% (allowed ${allowedGrowth * 100}%)`,
  ].filter(Boolean);
  console.log(missed.length === 0 ? 'no failures, memory flat' : `SOAK FAILED: ${missed.join('; ')}`);
  if (missed.length > 0) process.exitCode = 1;
} finally {
  await server.stop();
  console.log(`load average at end: ${loadAverage()}`);
}
