import type { APIError } from '../errors/api-error.js';

/** What an auth strategy knows about the attempt it authenticates. */
export interface AuthContext {
  /** Upper-case HTTP method. */
  readonly method: string;
  /** Path and query exactly as sent: `/v1/keys?limit=20`. */
  readonly path: string;
  /** The exact body string sent; `''` when there is none. */
  readonly body: string;
  /** The call's abort signal, if any. */
  readonly signal: AbortSignal | undefined;
}

/**
 * How requests get their credentials. Core calls `authenticate` before every attempt, retries included,
 * so a strategy can sign each attempt afresh, call a key function, or renew a token.
 */
export interface AuthStrategy {
  /** Sets the credential headers of one attempt. */
  authenticate(headers: Headers, context: AuthContext): void | Promise<void>;
  /**
   * Called when the API answers 401/403. Returning `true` makes core retry the call once with fresh
   * credentials (a renewed token after `TOKEN_EXPIRED`, a corrected clock after `SIGNATURE_EXPIRED`).
   */
  onAuthError?(error: APIError, context: AuthContext): boolean | Promise<boolean>;
  /** What `inspect`/`toJSON` of a client shows of the strategy; never a secret. */
  describe?(): string;
}
