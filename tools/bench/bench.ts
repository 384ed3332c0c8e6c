// `npm run bench`: summary throughput as a ratio of health-check throughput on
// the same real server in the same run, p99 latency, and rule evaluation alone.
import exampleIntake from '../../shared/fixtures/example-intake.json' with { type: 'json' };
import type { Intake } from '../../shared/api/intake';
import { ruleSetIdentity } from '../../server/lib/rule-set-identity';
import { summarize } from '../../shared/rules/summarize';
import { startServer } from '../server-process';
import { load } from './load';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 50;

function evaluationMicroseconds(intake: Intake, iterations = 200_000): number {
  for (let i = 0; i < 20_000; i++) summarize(intake, ruleSetIdentity); // warm-up
  const started = performance.now();
  for (let i = 0; i < iterations; i++) summarize(intake, ruleSetIdentity);
  return ((performance.now() - started) * 1000) / iterations;
}

const server = await startServer({ CLIENT_DIR: '/nonexistent' });
try {
  const body = JSON.stringify(exampleIntake);
  await load(`${server.url}/api/health`, { seconds: 2, connections }); // warm-up
  await load(`${server.url}/api/summary`, { seconds: 2, connections, method: 'POST', body });
  const health = await load(`${server.url}/api/health`, { seconds, connections });
  const summary = await load(`${server.url}/api/summary`, { seconds, connections, method: 'POST', body });
  const micros = evaluationMicroseconds(exampleIntake as Intake);

  console.log(`GET  /api/health   ${health.requestsPerSecond.toFixed(0)} req/s, p99 ${health.p99Ms} ms, errors ${health.errors}, non-2xx ${health.non2xx}`);
  console.log(`POST /api/summary  ${summary.requestsPerSecond.toFixed(0)} req/s, p99 ${summary.p99Ms} ms, errors ${summary.errors}, non-2xx ${summary.non2xx}`);
  console.log(`ratio summary/health: ${(summary.requestsPerSecond / health.requestsPerSecond).toFixed(2)} (goal >= 0.80)`);
  console.log(`summary p99: ${summary.p99Ms} ms (goal <= 25 ms)`);
  console.log(`rule evaluation alone: ${micros.toFixed(1)} µs per intake (goal <= 50 µs)`);
} finally {
  await server.stop();
}
