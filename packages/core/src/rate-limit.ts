/** A key's rate-limit window, from the `X-RateLimit-*` headers of the last response. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  /** When the window resets, in unix seconds. */
  reset: number;
}

/** The rate-limit state of a response's `X-RateLimit-*` headers, or `undefined` when it has none or they are malformed. */
export function parseRateLimit(headers: Headers): RateLimitState | undefined {
  if (!headers.has('x-ratelimit-limit')) return undefined;
  const values = ['limit', 'remaining', 'reset'].map((name) => {
    const value = headers.get(`x-ratelimit-${name}`)?.trim();
    return value ? Number(value) : Number.NaN;
  });
  const [limit, remaining, reset] = values as [number, number, number];
  return values.every(Number.isFinite) ? { limit, remaining, reset } : undefined;
}

/**
 * Seconds to wait from `Retry-After` (seconds or an HTTP date), else (unless `useRateLimitReset` is false)
 * from `X-RateLimit-Reset` when the window is used up. `now` is in milliseconds.
 */
export function retryAfterSeconds(headers: Headers, now: number, useRateLimitReset = true): number | undefined {
  const header = headers.get('retry-after')?.trim();
  if (header) {
    const seconds = Number.isFinite(+header) ? +header : (Date.parse(header) - now) / 1000;
    if (!Number.isNaN(seconds)) return Math.max(0, seconds);
  }
  if (!useRateLimitReset) return undefined;
  const state = parseRateLimit(headers);
  return state?.remaining === 0 ? Math.max(0, state.reset - now / 1000) : undefined;
}
