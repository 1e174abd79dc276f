import { DEFAULTS } from '../defaults.js';

/** The statuses worth retrying: 408, 409, 429 and every 5xx. */
export const RETRY_STATUSES: readonly number[] = [408, 409, 429, ...Array.from({ length: 100 }, (_, i) => 500 + i)];

/** Whether a response status is worth retrying: 408, 409, 429 and every 5xx. */
export function isRetryableStatus(status: number): boolean {
  return RETRY_STATUSES.includes(status);
}

/**
 * Whether a method may be retried: GET, PUT, DELETE always; POST and PATCH only with an
 * `Idempotency-Key`, so that a retry can never do the work twice.
 */
export function isRetryableMethod(method: string, hasIdempotencyKey: boolean): boolean {
  return hasIdempotencyKey || (method !== 'POST' && method !== 'PATCH');
}

/** Exponential backoff with jitter: 0.5 s · 2^retry, capped at 8 s, minus up to 25 %. */
export function backoffDelay(retry: number, random: () => number = Math.random): number {
  return Math.round(Math.min(DEFAULTS.initialRetryDelay * 2 ** retry, DEFAULTS.maxRetryDelay) * (1 - random() * 0.25));
}
