/**
 * Where the server listens: HOST and PORT, 127.0.0.1:8787 by default. `url` is the
 * base of the CDS Hooks card's links when no PUBLIC_URL is set (local use only:
 * another machine cannot reach a loopback address).
 */
export function listenAddress(env: NodeJS.ProcessEnv) {
  const hostname = env.HOST ?? '127.0.0.1';
  const port = Number(env.PORT ?? 8787);
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  return { hostname, port, url: `http://${host}:${port}` };
}
