// One measured load run: autocannon drives a target while the target's own CPU
// counters are read before and after, so the figure is the server's CPU time per
// answered request, whatever the load generator (same 2 cores) costs.
import { load, type LoadOptions } from './load';
import { cpuTimes, machineBusyMicros } from './proc';

export type Sample = {
  /** Server CPU (user + system, all threads) per completed request, µs. */
  serverMicros: number;
  /** The part of it spent in the kernel (sockets, epoll), µs; an estimate. */
  systemMicros: number;
  /** This process's CPU (autocannon) per completed request, µs. */
  generatorMicros: number;
  /** Cores kept busy by everything else on the machine during the run. */
  otherCores: number;
  requestsPerSecond: number;
  p99Ms: number;
  /** Errors, timeouts and non-2xx answers together. */
  failures: number;
  total: number;
};

export async function measure(url: string, pid: number, options: LoadOptions): Promise<Sample> {
  const started = performance.now();
  const machine = machineBusyMicros();
  const server = cpuTimes(pid);
  const generator = process.cpuUsage();
  const result = await load(url, options);
  const generatorUsed = process.cpuUsage(generator);
  const serverAfter = cpuTimes(pid);
  const systemUsed = serverAfter.system - server.system;
  const serverUsed = serverAfter.user - server.user + systemUsed;
  const wallMicros = (performance.now() - started) * 1000;
  const others = machineBusyMicros() - machine - serverUsed - generatorUsed.user - generatorUsed.system;
  const total = Math.max(result.total, 1);
  return {
    serverMicros: serverUsed / total,
    systemMicros: systemUsed / total,
    generatorMicros: (generatorUsed.user + generatorUsed.system) / total,
    otherCores: Math.max(0, others / wallMicros),
    requestsPerSecond: result.requestsPerSecond,
    p99Ms: result.p99Ms,
    failures: result.errors + result.non2xx,
    total: result.total,
  };
}
