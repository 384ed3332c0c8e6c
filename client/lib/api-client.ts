import type { ErrorBody } from '../../shared/api/errors';

/** A failed API call: HTTP status plus the contract's error body (or a network error with status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
    this.name = 'ApiError';
  }
}

const networkError: ErrorBody = {
  error: 'internal_error',
  message: 'Could not reach the server. Check your connection and try again.',
};

const offlineError: ErrorBody = {
  error: 'internal_error',
  message: 'This device is offline. Connect to the internet, then try again.',
};

/** A request that hangs (a dropped connection) fails after this long, with a message, instead of spinning forever. */
export const requestTimeoutMs = 20_000;

const timeoutError: ErrorBody = {
  error: 'internal_error',
  message: `The server did not answer within ${requestTimeoutMs / 1000} seconds. Check your connection and try again.`,
};

/** The one way the client calls the API: JSON in and out, and it throws on any failure. */
export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method: init.method ?? 'GET',
      headers: init.body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') throw new ApiError(0, timeoutError);
    // The browser knows when it has no network at all: say that, not "the server".
    throw new ApiError(0, navigator.onLine ? networkError : offlineError);
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const errorBody = isErrorBody(body)
      ? body
      : { error: 'internal_error' as const, message: `The server answered ${res.status}. Try again.` };
    throw new ApiError(res.status, errorBody);
  }
  return body as T;
}

function isErrorBody(body: unknown): body is ErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as ErrorBody).message === 'string';
}
