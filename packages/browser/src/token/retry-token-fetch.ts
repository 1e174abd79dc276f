import { redactText } from '@runlet/core';
import { raceAbort, sleep } from './abortable.js';
import { checkTokenResponse, type TokenResponse } from './check-token-response.js';
import type { FetchToken } from './fetch-token-from-url.js';
import { SecretKeyInBrowserError } from './secret-key-in-browser-error.js';
import { TokenExchangeError } from './token-exchange-error.js';

export interface RetryTokenFetchOptions {
  /** Aborts every attempt and wait: the renewal was superseded or the manager disposed. */
  signal: AbortSignal;
  maxAttempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
  random: () => number;
  /** Per attempt, in ms. */
  timeout: number;
}

/**
 * Runs `fetchToken` until it gives a valid client token. A final `TokenExchangeError` and a
 * `SecretKeyInBrowserError` end it at once; anything else is retried after an exponential backoff with full
 * jitter (`random() · min(maxDelayMs, initialDelayMs · 2ⁿ)`), up to `maxAttempts` attempts. When `signal`
 * aborts, it rejects with the signal's reason.
 */
export async function retryTokenFetch(fetchToken: FetchToken, options: RetryTokenFetchOptions): Promise<TokenResponse> {
  const { signal, maxAttempts } = options;
  for (let attempt = 1; ; attempt++) {
    let error: TokenExchangeError;
    try {
      const value = await attemptWithTimeout(fetchToken, signal, options.timeout);
      return checkTokenResponse(value, 'the token source');
    } catch (thrown) {
      if (signal.aborted) throw signal.reason;
      if (thrown instanceof SecretKeyInBrowserError || (thrown instanceof TokenExchangeError && thrown.final)) {
        throw thrown;
      }
      error = asRetryable(thrown, options.timeout);
    }
    if (attempt >= maxAttempts) {
      const times = maxAttempts === 1 ? '1 attempt' : `${maxAttempts} attempts`;
      throw new TokenExchangeError(`${error.message} (gave up after ${times})`, {
        status: error.status,
        final: false,
        cause: error,
      });
    }
    const ceiling = Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** (attempt - 1));
    await sleep(Math.floor(options.random() * ceiling), signal);
  }
}

class AttemptTimeout extends Error {}

async function attemptWithTimeout(fetchToken: FetchToken, signal: AbortSignal, timeout: number): Promise<unknown> {
  const controller = new AbortController();
  const forward = () => controller.abort(signal.reason);
  signal.addEventListener('abort', forward, { once: true });
  const timer = setTimeout(() => controller.abort(new AttemptTimeout()), timeout);
  try {
    // Raced, so a token source that ignores its signal cannot hold the renewal past its timeout.
    return await raceAbort(fetchToken(controller.signal), controller.signal);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forward);
  }
}

function asRetryable(thrown: unknown, timeout: number): TokenExchangeError {
  if (thrown instanceof TokenExchangeError) return thrown;
  if (thrown instanceof AttemptTimeout) {
    return new TokenExchangeError(`The token source did not answer within ${timeout} ms`, { final: false });
  }
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return new TokenExchangeError(`Could not get a client token: ${redactText(message)}`, {
    final: false,
    cause: thrown,
  });
}
