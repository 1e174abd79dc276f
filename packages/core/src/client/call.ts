import type { AuthContext } from '../auth/auth-strategy.js';
import type { RunletError } from '../errors/runlet-error.js';

/** What one logical call (all its attempts) carries through ky's hooks and retry decisions. */
export interface Call {
  readonly method: string;
  /** The path template, `/v1/keys/{keyId}`: how the operation is found for validation. */
  readonly template: string;
  /** Path and query as sent, the base URL's own path included (`/api/v1/keys?limit=20`). */
  readonly path: string;
  /** The API's origin, `https://api.runlet.dev`, for messages. */
  readonly origin: string;
  /** The exact body string sent on every attempt, if any. */
  readonly body: string | undefined;
  /** This call's own headers: content-type, Idempotency-Key and the caller's. */
  readonly headers: Record<string, string>;
  readonly hasHeaders: boolean;
  readonly signal: AbortSignal | undefined;
  readonly timeout: number;
  readonly maxRetries: number;
  /** The call's overall deadline in ms, if any. */
  readonly deadline: number | undefined;
  /** When the whole call must end (`Date.now()` ms), if it has a deadline. */
  readonly deadlineAt: number | undefined;
  /** Whether the success body stays readable on the response (an afterResponse hook of yours may read it). */
  readonly keepBody: boolean;
  /** A `text/event-stream` call: its success body is handed over unread. */
  readonly eventStream: boolean;
  /** POST/PATCH without an `Idempotency-Key` are never retried. */
  readonly retryable: boolean;
  /** What the auth strategy sees on every attempt. */
  readonly auth: AuthContext;
  /** When the attempt under way started (`Date.now()` ms): tells a per-attempt timeout from the deadline. */
  attemptStartedAt: number;
  /** The wait before the next attempt, decided with the error that caused it. */
  nextDelay: number;
  /** Each ky error already turned into its Runlet error, so that it is built once; made on the first error. */
  mapped: WeakMap<Error, RunletError> | undefined;
}
