import { RunletError, redactSecret } from '@runlet/core';
import { backoffDelay } from '@runlet/core/internal';
import type { TokenResponse } from './check-token-response.js';
import { raceAbort } from './race-abort.js';
import { retryTokenFetch } from './retry-token-fetch.js';
import type { SecretKeyInBrowserError } from './secret-key-in-browser-error.js';
import type { TokenExchangeError } from './token-exchange-error.js';
import {
  type ResolvedTokenManagerOptions,
  resolveTokenManagerOptions,
  type TokenManagerOptions,
} from './token-manager-options.js';
import { watchRenewTriggers } from './watch-renew-triggers.js';

/** One renewal; its waiters are moved to the next one when it is superseded. */
interface Flight {
  controller: AbortController;
  promise: Promise<string>;
  resolve: (token: string | Promise<string>) => void;
  reject: (error: unknown) => void;
}

/** setTimeout fires at once for delays past 2³¹−1 ms. */
const MAX_TIMER_DELAY = 2 ** 31 - 1;
/** Slack left for a request to reach the API before its token expires. */
const TRIP_MARGIN_MS = 5_000;

/**
 * Keeps one short-lived client token in memory and renews it ahead of expiry: one renewal in flight however
 * many calls wait, retried with backoff, superseded responses dropped. Expiry is tracked on a monotonic
 * clock from `expiresIn`; the token is never persisted.
 */
export class TokenManager {
  readonly #options: ResolvedTokenManagerOptions;
  #token: string | undefined;
  /** From here on (monotonic ms) the token is stale: a renewal starts, while calls may still use it. */
  #staleAt = 0;
  /** From here on calls wait for a fresh token; a little before expiry, for the request's trip. */
  #usableUntil = 0;
  #flight: Flight | undefined;
  /** After a failed renewal, calls that can still use the current token start no new one until then. */
  #quietUntil = 0;
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #unwatch: (() => void) | undefined;
  #disposed = false;

  constructor(options: TokenManagerOptions) {
    this.#options = resolveTokenManagerOptions(options);
    const { autoRenew, eventTarget } = this.#options;
    if (autoRenew && eventTarget) this.#unwatch = watchRenewTriggers(eventTarget, () => this.#renewIfStale());
  }

  /**
   * A usable client token: the current one while it is fresh; while it is stale but not about to expire, the
   * current one as a renewal runs in the background; otherwise the renewed one. `signal` stops this caller's
   * wait only, not the shared renewal.
   */
  getToken(signal?: AbortSignal): Promise<string> {
    if (this.#disposed) return Promise.reject(disposedError());
    if (signal?.aborted) return Promise.reject(signal.reason);
    const token = this.#token;
    const now = this.#options.now();
    if (token && now < this.#staleAt) return Promise.resolve(token);
    if (token && now < this.#usableUntil) {
      // Stale but usable: renew in the background, but not on every call while the endpoint keeps failing.
      if (now >= this.#quietUntil) void this.#renew();
      return Promise.resolve(token);
    }
    const renewal = this.#renew();
    return signal ? raceAbort(renewal, signal) : renewal;
  }

  /**
   * Forces a renewal when `token` is still the current one (the API answered `TOKEN_EXPIRED` for it); a renewal
   * already in flight is superseded and its response will be dropped. Does nothing for any other token.
   */
  invalidate(token: string): void {
    if (this.#disposed || this.#token !== token) return;
    this.#token = undefined;
    this.#clearTimer();
    const superseded = this.#flight;
    this.#flight = undefined;
    const next = this.#renew();
    if (superseded) {
      superseded.controller.abort(new RunletError('The token renewal was superseded by a newer one.'));
      superseded.resolve(next);
    }
  }

  /** Stops the timer and listeners, drops the token and rejects pending and future calls. Idempotent. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#clearTimer();
    this.#unwatch?.();
    this.#token = undefined;
    const flight = this.#flight;
    this.#flight = undefined;
    if (flight) {
      const error = disposedError();
      flight.controller.abort(error);
      flight.reject(error);
    }
  }

  /** `client token (rl_ct_…abcd)`, `client token (none yet)`: what `inspect`/`toJSON` may show; never the token. */
  describe(): string {
    return `client token (${this.#disposed ? 'disposed' : this.#token ? redactSecret(this.#token) : 'none yet'})`;
  }

  toJSON(): string {
    return this.describe();
  }

  #renew(): Promise<string> {
    if (this.#flight) return this.#flight.promise;
    let resolve!: Flight['resolve'];
    let reject!: Flight['reject'];
    const promise = new Promise<string>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // Background renewals may have no waiter; their failure is reported through onError instead.
    promise.catch(() => {});
    const flight: Flight = { controller: new AbortController(), promise, resolve, reject };
    this.#flight = flight;
    void this.#run(flight);
    return promise;
  }

  async #run(flight: Flight): Promise<void> {
    const options = this.#options;
    let response: TokenResponse;
    try {
      response = await retryTokenFetch(options.fetchToken, flight.controller.signal, options);
    } catch (error) {
      if (this.#flight !== flight) return;
      this.#flight = undefined;
      this.#failures++;
      const backoff = backoffDelay(this.#failures, { initialMs: options.initialMs, maxMs: options.maxMs, jitter: 0 });
      const asked = ((error as Partial<TokenExchangeError>).retryAfter ?? 0) * 1000;
      this.#quietUntil = options.now() + Math.max(backoff, asked);
      flight.reject(error);
      notify(options.onError, error as TokenExchangeError | SecretKeyInBrowserError);
      // A still-usable token gets another background try once the quiet period is over (if that comes before the
      // token stops being usable; otherwise the next call renews).
      if (this.#token && !(error as Partial<TokenExchangeError>).final) this.#schedule();
      return;
    }
    if (this.#flight !== flight) return;
    this.#flight = undefined;
    this.#failures = 0;
    this.#quietUntil = 0;
    const { token, expiresIn } = response;
    // Renew ahead by the larger of the floor and the fraction of the TTL, but never earlier than half-way, so a
    // token shorter than twice the floor (only a custom getToken can return one) does not renew in a loop.
    const ttl = expiresIn * 1000;
    const ahead = Math.min(Math.max(options.minRenewAheadSeconds * 1000, options.renewAheadFraction * ttl), ttl / 2);
    const expiresAt = options.now() + ttl;
    this.#token = token;
    this.#staleAt = expiresAt - ahead;
    this.#usableUntil = expiresAt - Math.min(TRIP_MARGIN_MS, ahead);
    this.#schedule();
    flight.resolve(token);
    notify(options.onRenew, { expiresIn });
  }

  #schedule(): void {
    this.#clearTimer();
    if (!this.#options.autoRenew || !this.#token) return;
    // The first moment a background renewal may start: once the token is stale, and not inside the quiet
    // period after a failure. A quiet period that outlasts the token leaves the renewal to the next call.
    const at = Math.max(this.#staleAt, this.#quietUntil);
    if (this.#quietUntil > this.#staleAt && at >= this.#usableUntil) return;
    const delay = Math.min(Math.max(0, at - this.#options.now()), MAX_TIMER_DELAY);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#renewIfStale();
    }, delay);
    // Lets Node and Deno exit while a token waits for its renewal.
    (this.#timer as { unref?: () => void }).unref?.();
  }

  #renewIfStale(): void {
    if (this.#disposed || !this.#token || this.#flight) return;
    const now = this.#options.now();
    if (now >= this.#staleAt && now >= this.#quietUntil) void this.#renew();
    else if (this.#timer === undefined) this.#schedule();
  }

  #clearTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

function disposedError(): RunletError {
  return new RunletError('This Runlet token manager was disposed; create a new client to make more calls.');
}

/** Calls a user hook; an exception in it is reported like one in an event listener, not lost or thrown into the SDK. */
function notify<T>(hook: ((value: T) => void) | undefined, value: T): void {
  try {
    hook?.(value);
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}
