import { DEFAULTS } from '../defaults.js';

/** The statuses worth retrying: 408, 409, 429 and every 5xx. */
export const RETRY_STATUSES: readonly number[] = [408, 409, 429, ...Array.from({ length: 100 }, (_, i) => 500 + i)];

/**
 * Whether a method may be retried: GET, PUT, DELETE always; POST and PATCH only with an
 * `Idempotency-Key`, so that a retry can never do the work twice.
 */
export function isRetryableMethod(method: string, hasIdempotencyKey: boolean): boolean {
  return hasIdempotencyKey || (method !== 'POST' && method !== 'PATCH');
}

/** How `backoffDelay` grows and jitters; durations in ms. */
export interface BackoffOptions {
  /** The delay before the first retry, before jitter. @default 500 */
  initialMs?: number | undefined;
  /** The cap on the delay, before jitter. @default 8000 */
  maxMs?: number | undefined;
  /**
   * The fraction of the delay the jitter may take off: `0.25` takes off up to 25 %, `1` is full jitter, `0` none.
   * @default 0.25
   */
  jitter?: number | undefined;
  /** Source of the jitter, in [0, 1). @default Math.random */
  random?: (() => number) | undefined;
}

/**
 * Exponential backoff with jitter, in ms: `min(maxMs, initialMs · 2^retry) · (1 − jitter · random())`, rounded.
 * By default 0.5 s · 2^retry, capped at 8 s, minus up to 25 %. The one backoff of every package; a bare function
 * as the second argument is the `random` source.
 * @example backoffDelay(2, { initialMs: 500, maxMs: 30_000, jitter: 1 }) // a delay in (0, 2000]
 */
export function backoffDelay(retry: number, options: BackoffOptions | BackoffOptions['random'] = {}): number {
  const {
    initialMs = DEFAULTS.initialRetryDelay,
    maxMs = DEFAULTS.maxRetryDelay,
    jitter = 0.25,
    random = Math.random,
  } = typeof options === 'function' ? { random: options } : (options ?? {});
  return Math.round(Math.min(initialMs * 2 ** retry, maxMs) * (jitter ? 1 - jitter * random() : 1));
}
