import { DEFAULT_BASE_URL } from '@runlet/types/tokens';
import type { LogLevel } from './logger.js';

/** Every default of the client, in one place. Durations are in milliseconds. */
export const DEFAULTS = {
  baseURL: DEFAULT_BASE_URL,
  maxRetries: 2,
  /** Per attempt. */
  timeout: 60_000,
  /** A `Retry-After` longer than this throws the `RateLimitError` at once instead of sleeping. */
  maxRetryAfter: 60_000,
  /** Backoff: 0.5 s · 2ⁿ with jitter, capped. */
  initialRetryDelay: 500,
  maxRetryDelay: 8_000,
  /** The largest response body read, in bytes. */
  maxResponseBytes: 10 * 1024 * 1024,
  validate: 'strict' as 'strict' | 'warn' | 'off',
  logLevel: 'warn' as LogLevel,
} as const;
