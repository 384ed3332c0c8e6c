import autocannon from 'autocannon';

export type LoadOptions = { seconds: number; connections: number; method?: 'GET' | 'POST'; body?: string };

export type LoadResult = { requestsPerSecond: number; p99Ms: number; errors: number; non2xx: number; total: number };

/** Drives one endpoint on loopback for a bounded time; autocannon stops by itself. */
export async function load(url: string, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? 'GET',
    headers: options.body ? { 'content-type': 'application/json' } : undefined,
    body: options.body,
  });
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    // Completed requests: the ones the server answered.
    total: result.requests.total,
  };
}
