import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** One line at most per this period while the cap is being hit, so an attack cannot flood the log. */
const capReportMs = 10_000;

/**
 * The server's open connections, oldest first, and which of them are answering a request.
 *
 * The cap: `server.maxConnections` makes Node refuse connections beyond `max`,
 * which keeps file descriptors from running out but would also refuse every new
 * client while slow clients hold all the places. So each new connection that
 * fills the last place closes the oldest connection that answers nothing (its
 * headers still arriving, or kept alive between requests): a place stays free,
 * slow-header clients are pushed out by newer ones, and an answer in progress is
 * never cut.
 *
 * Shutdown: `drain()` closes the connections that answer nothing at once and
 * each other one right after its answer, so the server stops as soon as its
 * slowest answer is written instead of waiting for keep-alive timeouts.
 */
export function trackConnections(server: Server, { max, log }: { max: number; log: (line: string) => void }) {
  const open = new Set<Socket>();
  // Requests under way per connection: more than one when a client pipelines.
  const answering = new Map<Socket, number>();
  let draining = false;
  let reported = false;

  const report = (what: string) => {
    if (reported) return;
    reported = true;
    log(`connection cap ${max} reached: ${what}`);
    setTimeout(() => (reported = false), capReportMs).unref();
  };

  const closeOldestIdle = () => {
    for (const socket of open) {
      if (answering.has(socket)) continue;
      open.delete(socket);
      socket.destroy();
      return report('closing the oldest idle connections to admit new ones');
    }
  };

  server.maxConnections = max;
  server.on('drop', () => report('every connection is answering a request; refusing new ones'));

  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => {
      open.delete(socket);
      answering.delete(socket);
    });
    if (open.size >= max) closeOldestIdle();
  });

  server.on('request', (req, res) => {
    const { socket } = req;
    answering.set(socket, (answering.get(socket) ?? 0) + 1);
    res.once('close', () => {
      const left = answering.get(socket)! - 1;
      if (left > 0) {
        answering.set(socket, left);
        return;
      }
      answering.delete(socket);
      if (draining) socket.destroySoon();
    });
  });

  return {
    get count() {
      return open.size;
    },
    drain() {
      draining = true;
      for (const socket of open) if (!answering.has(socket)) socket.destroy();
    },
  };
}

export type Connections = ReturnType<typeof trackConnections>;
