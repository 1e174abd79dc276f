/** A key's rate-limit window, from the `X-RateLimit-*` headers of the last response. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  /** When the window resets, in unix seconds. */
  reset: number;
}

const int = (value: string | null) => {
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
};

export function parseRateLimit(headers: Headers): RateLimitState | undefined {
  const limit = int(headers.get('x-ratelimit-limit'));
  const remaining = int(headers.get('x-ratelimit-remaining'));
  const reset = int(headers.get('x-ratelimit-reset'));
  if (limit === undefined || remaining === undefined || reset === undefined) return undefined;
  return { limit, remaining, reset };
}

/**
 * Seconds to wait from `Retry-After` (seconds or an HTTP date), else from `X-RateLimit-Reset` when the
 * window is used up. `now` is in milliseconds.
 */
export function retryAfterSeconds(headers: Headers, now: number): number | undefined {
  const header = headers.get('retry-after');
  if (header !== null) {
    const seconds = Number(header);
    if (Number.isFinite(seconds)) return Math.max(0, seconds);
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.max(0, (date - now) / 1000);
  }
  const state = parseRateLimit(headers);
  if (state && state.remaining === 0) return Math.max(0, state.reset - now / 1000);
  return undefined;
}
