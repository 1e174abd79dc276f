import { backoffDelay, sleep } from '@runlet/core/internal';
import { checkTokenResponse, type TokenResponse } from './check-token-response.js';
import type { FetchToken } from './fetch-token-from-url.js';
import { raceAbort } from './race-abort.js';
import { SecretKeyInBrowserError } from './secret-key-in-browser-error.js';
import { TokenExchangeError } from './token-exchange-error.js';

/** How `retryTokenFetch` retries; durations in ms. */
export interface RetryTokenFetchOptions {
  maxAttempts: number;
  initialMs: number;
  maxMs: number;
  /** Per attempt. */
  timeout: number;
  random: () => number;
}

const TIMEOUT = Symbol();

/**
 * Runs `fetchToken` until it gives a valid client token. A final `TokenExchangeError` and a
 * `SecretKeyInBrowserError` end it at once; anything else is retried after core's exponential backoff with full
 * jitter (`min(maxMs, initialMs · 2ⁿ) · (1 − random())`), and never sooner than the endpoint's `Retry-After` when it
 * sent one (a longer wait than `maxMs` ends the renewal instead), up to `maxAttempts` attempts. When `signal`
 * aborts (the renewal was superseded or the manager disposed), it rejects with the signal's reason.
 */
export async function retryTokenFetch(
  fetchToken: FetchToken,
  signal: AbortSignal,
  options: RetryTokenFetchOptions,
): Promise<TokenResponse> {
  const { maxAttempts, timeout } = options;
  for (let attempt = 1; ; attempt++) {
    let error: TokenExchangeError;
    const controller = new AbortController();
    const abort = () => controller.abort(signal.reason);
    signal.addEventListener('abort', abort);
    const timer = setTimeout(() => controller.abort(TIMEOUT), timeout);
    try {
      // Raced, so a token source that ignores its signal cannot hold the renewal past its timeout.
      return checkTokenResponse(await raceAbort(fetchToken(controller.signal), controller.signal), 'the token source');
    } catch (thrown) {
      if (signal.aborted) throw signal.reason;
      if (thrown instanceof SecretKeyInBrowserError || (thrown instanceof TokenExchangeError && thrown.final)) {
        throw thrown;
      }
      error =
        thrown instanceof TokenExchangeError
          ? thrown
          : thrown === TIMEOUT
            ? new TokenExchangeError(`The token source did not answer within ${timeout} ms`, { final: false })
            : new TokenExchangeError(
                `Could not get a client token: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
                { final: false, cause: thrown },
              );
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
    }
    const { retryAfter } = error;
    const asked = retryAfter === undefined ? undefined : retryAfter * 1000;
    const tooLong = asked !== undefined && asked > options.maxMs;
    if (attempt >= maxAttempts || tooLong) {
      const why = tooLong
        ? `it asked to retry after ${retryAfter} s, longer than backoff.maxMs; gave up after ${attempt} attempt`
        : `gave up after ${attempt} attempt`;
      throw new TokenExchangeError(`${error.message} (${why}${attempt > 1 ? 's' : ''})`, {
        status: error.status,
        final: false,
        retryAfter,
        cause: error,
      });
    }
    // The endpoint's Retry-After is a floor: a 0 (or a date already past) still gets the jittered backoff.
    const { initialMs, maxMs, random } = options;
    const backoff = backoffDelay(attempt - 1, { initialMs, maxMs, jitter: 1, random });
    await sleep(Math.floor(Math.max(asked ?? 0, backoff)), signal);
  }
}
