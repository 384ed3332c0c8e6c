// `npm run soak`: 60 s of POST /api/summary at 50 connections on the real server;
// reports errors and the server's resident memory after warm-up and at the end.
import { readFileSync } from 'node:fs';
import exampleIntake from '../../shared/fixtures/example-intake.json' with { type: 'json' };
import { startServer } from '../server-process';
import { load } from './load';

const seconds = Number(process.env.SOAK_SECONDS ?? 60);

/** VmRSS of a process in MiB, from /proc (Linux). */
const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

// The server is `tsx server/index.ts`; its node child is the process that serves.
function serverPid(parentPid: number): number {
  const children = readFileSync(`/proc/${parentPid}/task/${parentPid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  return children.length > 0 ? Number(children[0]) : parentPid;
}

const server = await startServer({ CLIENT_DIR: '/nonexistent' });
try {
  const pid = serverPid(server.process.pid!);
  const body = JSON.stringify(exampleIntake);
  await load(`${server.url}/api/summary`, { seconds: 10, connections: 50, method: 'POST', body });
  const warm = rssMiB(pid);
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssMiB(pid)), 5_000);
  const soak = await load(`${server.url}/api/summary`, { seconds, connections: 50, method: 'POST', body });
  clearInterval(sampler);
  const end = rssMiB(pid);
  console.log(`soak ${seconds} s at 50 connections: ${soak.total} requests, ${soak.requestsPerSecond.toFixed(0)} req/s, p99 ${soak.p99Ms} ms`);
  console.log(`errors ${soak.errors}, non-2xx ${soak.non2xx}`);
  console.log(`server RSS after warm-up ${warm.toFixed(1)} MiB; every 5 s: ${samples.map((s) => s.toFixed(0)).join(' ')}; end ${end.toFixed(1)} MiB (growth ${(end - warm).toFixed(1)} MiB)`);
} finally {
  await server.stop();
}
