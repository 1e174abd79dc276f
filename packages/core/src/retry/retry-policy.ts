import { DEFAULTS } from '../defaults.js';

/** Whether a response status is worth retrying: 408, 409, 429 and every 5xx. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
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
