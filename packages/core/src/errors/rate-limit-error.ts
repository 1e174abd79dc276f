import type { RateLimitState } from '../rate-limit.js';
import { APIError, type APIErrorInit } from './api-error.js';

/** 429: too many requests. `retryAfter` is in seconds. */
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
  readonly retryAfter: number | undefined;
  readonly rateLimit: RateLimitState | undefined;

  constructor(init: APIErrorInit & { retryAfter: number | undefined; rateLimit: RateLimitState | undefined }) {
    super(init);
    this.retryAfter = init.retryAfter;
    this.rateLimit = init.rateLimit;
  }
}
