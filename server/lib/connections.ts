import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** One line at most per this period while the cap is being hit, so an attack cannot flood the log. */
const capReportMs = 10_000;

/**
 * The server's open connections, oldest first, and which of them are answering a request.
 *
 * The cap: `server.maxConnections` makes Node refuse connections beyond `max`,
 * which keeps file descriptors from running out but would also refuse every new
 * client while slow clients hold all the places. So each new connection that
 * fills the last place closes the oldest connection that answers nothing: its
 * headers still arriving, its body still arriving, or kept alive between
 * requests. A place stays free, slow clients are pushed out by newer ones, and
 * an answer in progress is never cut. A body still arriving counts as nothing to
 * answer yet: 1,000 clients that each sent headers and then one body byte a
 * second held every place for 30 s at a time when it counted as an answer
 * (issue 18), while a browser's body follows its headers within milliseconds.
 *
 * Shutdown: `drain()` closes the connections with no request under way at once
 * and each other one right after its answer (a body still arriving is let
 * finish), so the server stops as soon as its slowest answer is written instead
 * of waiting for keep-alive timeouts.
 */
export function trackConnections(server: Server, { max, log }: { max: number; log: (line: string) => void }) {
  const open = new Set<Socket>();
  // The answers under way per connection: more than one when a client pipelines.
  const underWay = new Map<Socket, Set<ServerResponse>>();
  // Answering: a request's whole body is in (`complete`, set by Node's parser
  // whether or not the app has read it yet), or its answer has begun (an early 413).
  const isAnswering = (socket: Socket) =>
    [...(underWay.get(socket) ?? [])].some((res) => res.req.complete || res.headersSent);
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
      if (isAnswering(socket)) continue;
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
      underWay.delete(socket);
    });
    if (open.size >= max) closeOldestIdle();
  });

  server.on('request', (req, res) => {
    const { socket } = req;
    const answers = underWay.get(socket) ?? new Set();
    underWay.set(socket, answers.add(res));
    res.once('close', () => {
      answers.delete(res);
      if (answers.size > 0) return;
      underWay.delete(socket);
      if (draining) socket.destroySoon();
    });
  });

  return {
    get count() {
      return open.size;
    },
    drain() {
      draining = true;
      for (const socket of open) if (!underWay.has(socket)) socket.destroy();
    },
  };
}

export type Connections = ReturnType<typeof trackConnections>;
