import type { RateLimitState } from '../rate-limit.js';
import { APIError, type APIErrorInit } from './api-error.js';

/** 429: too many requests. `retryAfter` is in seconds. */
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
  declare readonly retryAfter: number | undefined;
  declare readonly rateLimit: RateLimitState | undefined;

  /** APIError copies `retryAfter` and `rateLimit` from `init` too. */
  constructor(init: APIErrorInit & { retryAfter: number | undefined; rateLimit: RateLimitState | undefined }) {
    super(init);
  }
}
