// `npm run bench`: the real server's CPU per request for GET /api/health and
// POST /api/summary against a floor (a bare node:http server in its own process
// answering the same bytes), p99 latency and failures under 50 connections.
// CPU is read from each serving process's own counters: on 2 shared cores a
// throughput ratio measures the load generator, not the server.
// A regression guard (issue 20): exits 1 when the summary costs more than 7 ×
// the floor's CPU (5.5 × quiet with the speed layer; Hono's standard path costs
// about 1.2 × that), its p99 passes 25 ms, or a request fails.
// BENCH_SECONDS (per run, default 5), BENCH_ROUNDS (default 3), BENCH_VARIANTS
// (comma-separated experiments, [name=]path, each a copy of the project or a built
// server .js, measured in the same rounds; one whose answer differs from the real
// bytes (header order aside) is refused unless BENCH_ALLOW_DIFFERENT=1, for
// attribution only, e.g. a server without its security headers).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import exampleIntake from '../../shared/fixtures/example-intake.json' with { type: 'json' };
import type { FloorAnswer } from './floor-server';
import { measure, type Sample } from './measure';
import { loadAverage } from './proc';
import { differences, exchange, applicationHeaders, type RawRequest, type RawResponse } from './raw-http';
import { startFloor, startRealServer, startVariant, type Target } from './targets';

// autocannon keeps sending on a connection the server asked to close (Connection: close after
// 1,000 requests), and Node answers those with 503s: the servers under load take no such limit.
process.env.MAX_REQUESTS_PER_CONNECTION ??= '0';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const variantDirs = (process.env.BENCH_VARIANTS ?? '').split(',').filter(Boolean);
const connections = 50;
const budget = { ratio: 7, p99Ms: 25 };

const body = JSON.stringify(exampleIntake);
const summaryRequest: RawRequest = { method: 'POST', path: '/api/summary', body };
const healthRequest: RawRequest = { method: 'GET', path: '/api/health' };

/** A variant whose run fails is dropped, with the reason; the real server or the floor failing ends the bench. */
type Run = {
  name: string;
  target: Target;
  request: RawRequest;
  samples: Sample[];
  variant?: boolean;
  dropped?: string;
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const spread = (xs: number[], digits: number) =>
  `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}-${Math.max(...xs).toFixed(digits)})`;

const toAnswer = (request: RawRequest, response: RawResponse): FloorAnswer => ({
  method: request.method,
  path: request.path,
  status: Number(response.statusLine.split(' ')[1]),
  headers: applicationHeaders(response),
  body: response.body.toString('base64'),
});

/** Refuses to measure a server whose answer differs from the real one: the comparison would be void. */
async function sameAnswers(name: string, target: Target, expected: Map<RawRequest, RawResponse>, anyOrder = false) {
  for (const [request, response] of expected) {
    const found = differences(response, await exchange(target.url, request), { anyOrder });
    if (found.length > 0)
      throw new Error(`${name} ${request.method} ${request.path} does not answer the real bytes:\n${found.join('\n')}`);
  }
}

console.log(`load average at start: ${loadAverage()}`);
const targets: Target[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'bench-floor-'));
try {
  const real = await startRealServer();
  targets.push(real);
  const captured = new Map([
    [summaryRequest, await exchange(real.url, summaryRequest)],
    [healthRequest, await exchange(real.url, healthRequest)],
  ]);
  const answersFile = join(scratch, 'answers.json');
  writeFileSync(answersFile, JSON.stringify([...captured].map(([request, response]) => toAnswer(request, response))));
  const floor = await startFloor(answersFile);
  targets.push(floor);
  // Same header lines; their order may differ (Node places a Content-Length it computes after Date).
  await sameAnswers('floor', floor, captured, true);

  const runs: Run[] = [
    { name: 'GET  /api/health', target: real, request: healthRequest, samples: [] },
    { name: 'POST /api/summary', target: real, request: summaryRequest, samples: [] },
    { name: 'floor, summary bytes', target: floor, request: summaryRequest, samples: [] },
    { name: 'floor, health bytes', target: floor, request: healthRequest, samples: [] },
  ];
  for (const entry of variantDirs) {
    // "name=path" names a variant; a bare path is named by its last part.
    const [dir, name] = entry.includes('=')
      ? [entry.slice(entry.indexOf('=') + 1), entry.slice(0, entry.indexOf('='))]
      : [entry, basename(entry)];
    const variant = await startVariant(dir);
    targets.push(variant);
    try {
      await sameAnswers(name, variant, captured, true);
    } catch (error) {
      if (process.env.BENCH_ALLOW_DIFFERENT !== '1') throw error;
      console.log(
        `warning, not comparable for shipping: ${(error as Error).message.split('\n').slice(0, 3).join('; ')}`,
      );
    }
    runs.push({ name: `${name} health`, target: variant, request: healthRequest, samples: [], variant: true });
    runs.push({ name: `${name} summary`, target: variant, request: summaryRequest, samples: [], variant: true });
  }

  const measureOnce = (run: Run, secs: number) =>
    measure(`${run.target.url}${run.request.path}`, run.target.pid, {
      seconds: secs,
      connections,
      method: run.request.method,
      body: run.request.body,
    });
  const measureRun = async (run: Run, secs: number): Promise<Sample | undefined> => {
    if (run.dropped) return undefined;
    try {
      return await measureOnce(run, secs);
    } catch (error) {
      // A vanished /proc entry means the server exited mid-run.
      const gone = !existsSync(`/proc/${run.target.pid}`);
      const message = `${run.name}${gone ? ` (pid ${run.target.pid} is gone)` : ''}: ${(error as Error).message}\nlast output:\n${run.target.output().slice(-300)}`;
      if (!run.variant) throw new Error(message, { cause: error });
      for (const other of runs) if (other.target === run.target) other.dropped = message;
      return undefined;
    }
  };
  for (const run of runs) await measureRun(run, 2); // JIT warm-up
  // Each round starts one place later, so no target always runs first or last on a busy machine.
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < runs.length; i++) {
      const run = runs[(i + round) % runs.length]!;
      const sample = await measureRun(run, seconds);
      if (sample) run.samples[round] = sample;
    }
  }

  console.log(
    `${rounds} rounds x ${seconds} s per run, ${connections} connections, order rotated each round; median (min-max) over rounds`,
  );
  console.log(
    'target                  server CPU µs/req    of it system  req/s   p99 ms      failures  generator µs/req  other load (cores)',
  );
  for (const run of runs) {
    const s = run.samples.filter(Boolean);
    if (s.length === 0) {
      console.log(`${run.name.padEnd(22)}  dropped: ${run.dropped}`);
      continue;
    }
    console.log(
      `${run.name.padEnd(22)}  ${spread(
        s.map((x) => x.serverMicros),
        1,
      ).padEnd(20)} ${median(s.map((x) => x.systemMicros))
        .toFixed(1)
        .padStart(6)}  ` +
        `${median(s.map((x) => x.requestsPerSecond))
          .toFixed(0)
          .padStart(7)}  ` +
        `${median(s.map((x) => x.p99Ms))
          .toFixed(0)
          .padStart(
            4,
          )} (max ${Math.max(...s.map((x) => x.p99Ms))})  ${String(s.reduce((n, x) => n + x.failures, 0)).padStart(4)}  ` +
        `${median(s.map((x) => x.generatorMicros))
          .toFixed(1)
          .padStart(10)}  ${spread(
          s.map((x) => x.otherCores),
          2,
        ).padStart(22)}`,
    );
  }
  // Ratios within a round (same minutes of the machine's life), then their median.
  const ratios = (a: Run, b: Run) =>
    a.samples.flatMap((x, i) => (x && b.samples[i] ? [x.serverMicros / b.samples[i]!.serverMicros] : []));
  const [health, summary, floorSummary, floorHealth] = runs as [Run, Run, Run, Run];
  const summaryRatio = ratios(summary, floorSummary);
  console.log(`summary / floor CPU: ${spread(summaryRatio, 2)} (budget <= ${budget.ratio.toFixed(1)})`);
  console.log(
    `health / floor CPU: ${spread(ratios(health, floorSummary), 2)}; health / floor with health bytes: ${spread(ratios(health, floorHealth), 2)}`,
  );
  for (const run of runs.slice(4)) {
    if (ratios(run, run).length === 0) continue;
    const [floorRun, ownRun] = run.request === summaryRequest ? [floorSummary, summary] : [floorHealth, health];
    console.log(
      `${run.name} / floor CPU: ${spread(ratios(run, floorRun), 2)}; vs this checkout: ${spread(ratios(run, ownRun), 2)}`,
    );
  }
  const summaryP99 = median(summary.samples.map((x) => x.p99Ms));
  console.log(`summary p99: ${summaryP99} ms (budget <= ${budget.p99Ms} ms)`);

  const failures = runs.reduce((n, run) => n + run.samples.reduce((m, x) => m + x.failures, 0), 0);
  const missed = [
    median(summaryRatio) > budget.ratio && `summary / floor ${median(summaryRatio).toFixed(2)} > ${budget.ratio}`,
    summaryP99 > budget.p99Ms && `summary p99 ${summaryP99} ms > ${budget.p99Ms} ms`,
    failures > 0 && `${failures} failed requests (errors, timeouts or non-2xx)`,
  ].filter(Boolean);
  console.log(missed.length === 0 ? 'within budget' : `OVER BUDGET: ${missed.join('; ')}`);
  if (missed.length > 0) process.exitCode = 1;
} finally {
  await Promise.all(targets.map((t) => t.stop()));
  rmSync(scratch, { recursive: true, force: true });
  console.log(`load average at end: ${loadAverage()}`);
}
