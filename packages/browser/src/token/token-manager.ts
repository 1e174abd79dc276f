import { RunletError, redactSecret } from '@runlet/core';
import { raceAbort } from './abortable.js';
import type { TokenResponse } from './check-token-response.js';
import { retryTokenFetch } from './retry-token-fetch.js';
import type { SecretKeyInBrowserError } from './secret-key-in-browser-error.js';
import type { TokenExchangeError } from './token-exchange-error.js';
import { type TokenLifetime, tokenLifetime } from './token-lifetime.js';
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

/**
 * Keeps one short-lived client token in memory and renews it ahead of expiry: one renewal in flight however
 * many calls wait, retried with backoff, superseded responses dropped. Expiry is tracked on a monotonic
 * clock from `expiresIn`; the token is never persisted.
 */
export class TokenManager {
  readonly #options: ResolvedTokenManagerOptions;
  #current: { token: string; lifetime: TokenLifetime } | undefined;
  #flight: Flight | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #unwatch: (() => void) | undefined;
  #disposed = false;

  constructor(options: TokenManagerOptions) {
    this.#options = resolveTokenManagerOptions(options);
    const target = this.#options.eventTarget;
    if (this.#options.autoRenew && target) this.#unwatch = watchRenewTriggers(target, () => this.#renewIfStale());
  }

  /**
   * A usable client token: the current one while it is fresh; while it is stale but not about to expire, the
   * current one as a renewal runs in the background; otherwise the renewed one. `signal` stops this caller's
   * wait only, not the shared renewal.
   */
  getToken(signal?: AbortSignal): Promise<string> {
    if (this.#disposed) return Promise.reject(disposedError());
    if (signal?.aborted) return Promise.reject(signal.reason);
    const current = this.#current;
    const now = this.#options.now();
    if (current && now < current.lifetime.staleAt) return Promise.resolve(current.token);
    const renewal = this.#renew();
    if (current && now < current.lifetime.usableUntil) return Promise.resolve(current.token);
    return signal ? raceAbort(renewal, signal) : renewal;
  }

  /**
   * Forces a renewal when `token` is still the current one (the API answered `TOKEN_EXPIRED` for it); a renewal
   * already in flight is superseded and its response will be dropped. Does nothing for any other token.
   */
  invalidate(token: string): void {
    if (this.#disposed || this.#current?.token !== token) return;
    this.#current = undefined;
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
    this.#current = undefined;
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
    if (this.#disposed) return 'client token (disposed)';
    return `client token (${this.#current ? redactSecret(this.#current.token) : 'none yet'})`;
  }

  toJSON(): string {
    return this.describe();
  }

  #renew(): Promise<string> {
    if (this.#flight) return this.#flight.promise;
    const flight = createFlight();
    this.#flight = flight;
    void this.#run(flight);
    return flight.promise;
  }

  async #run(flight: Flight): Promise<void> {
    let response: TokenResponse;
    try {
      response = await retryTokenFetch(this.#options.fetchToken, {
        ...this.#options,
        signal: flight.controller.signal,
      });
    } catch (error) {
      if (this.#flight !== flight) return;
      this.#flight = undefined;
      flight.reject(error);
      notify(this.#options.onError, error as TokenExchangeError | SecretKeyInBrowserError);
      return;
    }
    if (this.#flight !== flight) return;
    this.#flight = undefined;
    this.#current = {
      token: response.token,
      lifetime: tokenLifetime(this.#options.now(), response.expiresIn, this.#options),
    };
    this.#schedule();
    flight.resolve(response.token);
    notify(this.#options.onRenew, { expiresIn: response.expiresIn });
  }

  #schedule(): void {
    this.#clearTimer();
    if (!this.#options.autoRenew || !this.#current) return;
    const delay = Math.min(Math.max(0, this.#current.lifetime.staleAt - this.#options.now()), MAX_TIMER_DELAY);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#renewIfStale();
    }, delay);
    // Lets Node and Deno exit while a token waits for its renewal.
    (this.#timer as { unref?: () => void }).unref?.();
  }

  #renewIfStale(): void {
    if (this.#disposed || !this.#current || this.#flight) return;
    if (this.#options.now() < this.#current.lifetime.staleAt) {
      if (this.#timer === undefined) this.#schedule();
      return;
    }
    void this.#renew();
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

function createFlight(): Flight {
  let resolve!: Flight['resolve'];
  let reject!: Flight['reject'];
  const promise = new Promise<string>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Background renewals may have no waiter; their failure is reported through onError instead.
  promise.catch(() => {});
  return { controller: new AbortController(), promise, resolve, reject };
}

function disposedError(): RunletError {
  return new RunletError(
    'This Runlet token manager was disposed (dispose() was called); create a new client to make more calls.',
  );
}

/** Calls a user hook; an exception in it is reported like one in an event listener, not lost or thrown into the SDK. */
function notify<T>(hook: ((value: T) => void) | undefined, value: T): void {
  if (!hook) return;
  try {
    hook(value);
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}
