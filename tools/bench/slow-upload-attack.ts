// `npx tsx tools/bench/slow-upload-attack.ts`: issue 18's slow-upload attack on the
// real server (1,000 connections, ATTACK_CONNECTIONS to change) and /api/health
// latency on fresh connections before and during it (ATTACK_SECONDS, 30 by default).
import { loadAverage } from './proc';
import { probeHealth, slowUploads } from './slow-uploads';
import { startRealServer } from './targets';

const connections = Number(process.env.ATTACK_CONNECTIONS ?? 1_000);
const seconds = Number(process.env.ATTACK_SECONDS ?? 30);

const show = (what: string, r: Awaited<ReturnType<typeof probeHealth>>) =>
  console.log(
    `${what}: ${r.answered} of ${r.probes} health probes answered within 2 s; p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms (unanswered count as slowest); load average ${loadAverage()}`,
  );

const server = await startRealServer();
try {
  show('quiet', await probeHealth(server.url, { seconds: 5 }));
  const attack = slowUploads(server.url, { connections });
  // Let the connections arrive and send their headers before probing.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  show(`${connections} slow uploads`, await probeHealth(server.url, { seconds }));
  console.log(`attack connections open at the end: ${attack.open}; reconnects: ${attack.reconnects}`);
  attack.stop();
} finally {
  await server.stop();
}
