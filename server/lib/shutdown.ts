import type { Server } from 'node:http';
import type { Connections } from './connections';

/**
 * Under the 10 s that process managers commonly allow between SIGTERM and SIGKILL
 * (docker stop, many systemd units), with room to spare.
 */
export const shutdownGraceMs = 8_000;

/**
 * On SIGTERM or SIGINT: stop accepting connections, let the answers in flight
 * finish, then exit 0, so a deploy or Ctrl-C never cuts an answer. Whatever is
 * still open after the grace period is cut, and the exit code (1) says so.
 */
export function stopOnSignals(server: Server, connections: Connections, graceMs = shutdownGraceMs) {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // Ctrl-C reaches the server twice, from the terminal and passed on by npm:
    // the second signal must not kill the process mid-answer.
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing the requests in flight, then exiting.`);
    server.close(() => process.exit(0));
    connections.drain();
    setTimeout(() => {
      const open = connections.count === 1 ? '1 connection' : `${connections.count} connections`;
      console.log(`${open} still open after ${graceMs / 1000} s: closing them.`);
      process.exit(1);
    }, graceMs).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
