import { RunletError, redactText } from '@runlet/core';

/** What a `TokenExchangeError` is made from: the endpoint's status, whether retrying can help, the cause. */
export interface TokenExchangeErrorInit {
  /** The token endpoint's HTTP status, when it answered at all. */
  status?: number | undefined;
  /** `true` when retrying cannot help (401/403, a malformed response); `false` for network errors and 5xx. */
  final: boolean;
  /** Seconds the token endpoint asked to wait before the next try (`Retry-After`), when it said so. */
  retryAfter?: number | undefined;
  cause?: unknown;
}

/**
 * Getting a client token from your backend failed. `final` says whether the token manager gave up at once
 * (`true`: the endpoint refused, or answered something that is not a client token) or after its retries
 * (`false`: the next call tries again). The message never contains a token.
 */
export class TokenExchangeError extends RunletError {
  override name = 'TokenExchangeError';
  readonly status: number | undefined;
  readonly final: boolean;
  /** Seconds the token endpoint asked to wait before the next try (`Retry-After`), when it said so. */
  readonly retryAfter: number | undefined;

  constructor(message: string, init: TokenExchangeErrorInit) {
    super(redactText(message), init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.final = init.final;
    // Only a usable wait: a hand-made error with NaN, Infinity or a negative number carries none.
    const { retryAfter } = init;
    this.retryAfter = retryAfter !== undefined && retryAfter >= 0 && retryAfter < Infinity ? retryAfter : undefined;
  }
}
