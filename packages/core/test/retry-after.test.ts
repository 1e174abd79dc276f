import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RateLimitError, RunletClient } from '../src/index.js';
import { apiError, BASE, json, mockFetch, principal, settle } from './helpers.js';

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') }));
afterEach(() => vi.useRealTimers());

const rateLimited = (headers: Record<string, string>) => apiError(429, 'RATE_LIMITED', { retryAfter: 3 }, headers);

describe('Retry-After and X-RateLimit-Reset', () => {
  it('retries a 429 after the Retry-After delay in seconds', async () => {
    const delays: number[] = [];
    const { fetch, calls } = mockFetch(rateLimited({ 'retry-after': '3' }), json(200, principal));
    const client = new RunletClient({ baseURL: BASE, fetch, onRetry: (r) => delays.push(r.delay) });
    const { value, elapsed } = await settle(client.get('/v1/me'));
    expect(value).toBeDefined();
    expect(delays).toEqual([3000]);
    expect(elapsed).toBeGreaterThanOrEqual(3000);
    expect(calls).toHaveLength(2);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    const delays: number[] = [];
    const when = new Date(Date.now() + 5000).toUTCString();
    const { fetch } = mockFetch(rateLimited({ 'retry-after': when }), json(200, principal));
    await settle(new RunletClient({ baseURL: BASE, fetch, onRetry: (r) => delays.push(r.delay) }).get('/v1/me'));
    expect(delays).toEqual([5000]);
  });

  it.each([
    [503, 'UNAVAILABLE'],
    [500, 'INTERNAL_ERROR'],
    [408, 'REQUEST_TIMEOUT'],
    [409, 'CONFLICT'],
  ])('honours Retry-After as an HTTP date or in seconds on a %i too', async (status, code) => {
    const delays: number[] = [];
    const when = new Date(Date.now() + 5000).toUTCString();
    const { fetch } = mockFetch(
      apiError(status, code, {}, { 'retry-after': when }),
      apiError(status, code, {}, { 'retry-after': '2' }),
      json(200, principal),
    );
    await settle(new RunletClient({ baseURL: BASE, fetch, onRetry: (r) => delays.push(r.delay) }).get('/v1/me'));
    expect(delays).toEqual([5000, 2000]);
  });

  it('counts a used-up window (X-RateLimit-Reset) only for a 429: a 503 on the last request backs off as usual', async () => {
    const delays: number[] = [];
    const reset = String(Math.floor(Date.now() / 1000) + 3000);
    const headers = { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset };
    const { fetch, calls } = mockFetch(apiError(503, 'UNAVAILABLE', {}, headers), json(200, principal));
    const client = new RunletClient({ baseURL: BASE, fetch, random: () => 0, onRetry: (r) => delays.push(r.delay) });
    const { value } = await settle(client.get('/v1/me'));
    expect(value).toBeDefined();
    expect(delays).toEqual([500]);
    expect(calls).toHaveLength(2);
  });

  it('falls back to X-RateLimit-Reset when the window is used up', async () => {
    const delays: number[] = [];
    const reset = String(Math.floor(Date.now() / 1000) + 7);
    const headers = { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset };
    const { fetch } = mockFetch(apiError(429, 'RATE_LIMITED', {}, headers), json(200, principal));
    await settle(new RunletClient({ baseURL: BASE, fetch, onRetry: (r) => delays.push(r.delay) }).get('/v1/me'));
    expect(delays).toEqual([7000]);
  });

  it('throws the RateLimitError at once when Retry-After exceeds maxRetryAfter', async () => {
    const { fetch, calls } = mockFetch(
      rateLimited({
        'retry-after': '120',
        'x-ratelimit-limit': '100',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': '1767225720',
      }),
    );
    const { error, elapsed } = await settle(new RunletClient({ baseURL: BASE, fetch }).get('/v1/me'));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfter: 120, rateLimit: { limit: 100, remaining: 0, reset: 1767225720 } });
    expect(elapsed).toBeLessThan(100);
    expect(calls).toHaveLength(1);
  });

  it('respects a lower maxRetryAfter', async () => {
    const { fetch, calls } = mockFetch(rateLimited({ 'retry-after': '3' }));
    const { error } = await settle(new RunletClient({ baseURL: BASE, fetch, maxRetryAfter: 2000 }).get('/v1/me'));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(calls).toHaveLength(1);
  });

  it("uses the body's retryAfter when the headers say nothing", async () => {
    const { fetch } = mockFetch(apiError(429, 'RATE_LIMITED', { retryAfter: 4 }));
    const { error } = await settle(new RunletClient({ baseURL: BASE, fetch, maxRetries: 0 }).get('/v1/me'));
    expect(error).toMatchObject({ retryAfter: 4 });
  });

  it('never takes a negative or non-finite retryAfter from the body', async () => {
    for (const retryAfter of [-5, null, 'soon', -0.5]) {
      const { fetch } = mockFetch(apiError(429, 'RATE_LIMITED', { retryAfter }));
      const { error } = await settle(new RunletClient({ baseURL: BASE, fetch, maxRetries: 0 }).get('/v1/me'));
      expect(error).toMatchObject({ name: 'RateLimitError', retryAfter: undefined });
    }
  });
});
