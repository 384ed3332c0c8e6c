import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch, requestTimeoutMs } from './api-client';

describe('apiFetch', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('gives every request a deadline, and says what happened when it passes', async () => {
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      expect(init.signal).toBeInstanceOf(AbortSignal);
      throw new DOMException('The operation timed out.', 'TimeoutError');
    });
    vi.stubGlobal('fetch', fetch);
    const error = await apiFetch('/summary', { method: 'POST', body: {} }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe(
      `The server did not answer within ${requestTimeoutMs / 1000} seconds. Check your connection and try again.`,
    );
    expect(requestTimeoutMs).toBeLessThanOrEqual(30_000);
  });

  it('says the server could not be reached when the network fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(apiFetch('/health')).rejects.toMatchObject({
      status: 0,
      message: 'Could not reach the server. Check your connection and try again.',
    });
  });

  it('says the device is offline when the browser has no network, rather than blaming the server', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(apiFetch('/health')).rejects.toMatchObject({
      status: 0,
      message: 'This device is offline. Connect to the internet, then try again.',
    });
  });
});
