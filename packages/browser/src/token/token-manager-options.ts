import type { FetchToken } from './fetch-token-from-url.js';
import type { RetryTokenFetchOptions } from './retry-token-fetch.js';
import type { SecretKeyInBrowserError } from './secret-key-in-browser-error.js';
import type { TokenExchangeError } from './token-exchange-error.js';

/** Where the manager listens for `online` and `visibilitychange`. */
export type RenewEventTarget = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/** Options of `new TokenManager()`: where tokens come from, how early they are renewed, and how failures are retried. */
export interface TokenManagerOptions {
  /**
   * Gets a fresh client token from your backend, e.g. `fetchTokenFromUrl('/api/runlet-token')`. Throw a
   * `TokenExchangeError` with `final: true` for failures that retrying cannot fix; anything else is retried.
   */
  fetchToken: FetchToken;
  /**
   * A monotonic clock in ms. Expiry is measured on it from `expiresIn`, never on `Date`: the device's wall clock
   * can be wrong or jump.
   * @default () => performance.now()
   */
  now?: () => number;
  /**
   * Source of the backoff jitter, in [0, 1).
   * @default Math.random
   */
  random?: () => number;
  /**
   * Renew at least this many seconds before expiry.
   * @default 30
   */
  minRenewAheadSeconds?: number;
  /**
   * Renew this fraction of the TTL before expiry, when that is more than `minRenewAheadSeconds`.
   * @default 0.2
   */
  renewAheadFraction?: number;
  /**
   * Attempts per renewal for retryable failures (network errors, 5xx, unreadable bodies, timeouts).
   * @default 4
   */
  maxAttempts?: number;
  /** Exponential backoff with full jitter between attempts: a random delay up to `min(maxMs, initialMs · 2ⁿ)`. */
  backoff?: {
    /** @default 500 */
    initialMs?: number;
    /** @default 30000 */
    maxMs?: number;
  };
  /**
   * Per-attempt timeout of `fetchToken`, in ms; a timed-out attempt is retried.
   * @default 10000
   */
  timeout?: number;
  /**
   * Renew in the background when the token becomes stale, and when the page becomes visible again or the
   * device comes back online with a stale token. When `false`, tokens are renewed only by `getToken()`.
   * @default true
   */
  autoRenew?: boolean | undefined;
  /**
   * Where `online` and `visibilitychange` are listened for; `null` to listen nowhere.
   * @default globalThis, when it has addEventListener (windows and workers)
   */
  eventTarget?: RenewEventTarget | null;
  /** Called after each renewal installed a new token. */
  onRenew?: (info: { expiresIn: number }) => void;
  /** Called when a renewal failed for good, including background renewals that no call was waiting for. */
  onError?: ((error: TokenExchangeError | SecretKeyInBrowserError) => void) | undefined;
}

export type ResolvedTokenManagerOptions = TokenManagerOptions &
  RetryTokenFetchOptions & {
    now: () => number;
    minRenewAheadSeconds: number;
    renewAheadFraction: number;
    autoRenew: boolean;
    eventTarget: RenewEventTarget | null;
  };

/** Fills in the defaults and fails early, with a sentence, on options that cannot work. */
export function resolveTokenManagerOptions(options: TokenManagerOptions): ResolvedTokenManagerOptions {
  if (typeof options?.fetchToken !== 'function') {
    throw new TypeError(
      'TokenManager needs a fetchToken function, e.g. fetchToken: fetchTokenFromUrl("/api/runlet-token").',
    );
  }
  const {
    now = () => performance.now(),
    random = Math.random,
    minRenewAheadSeconds = 30,
    renewAheadFraction = 0.2,
    maxAttempts = 4,
    backoff: { initialMs = 500, maxMs = 30_000 } = {},
    timeout = 10_000,
    autoRenew = true,
    eventTarget = defaultEventTarget(),
  } = options;
  const check = (ok: boolean, message: string) => {
    if (!ok) throw new RangeError(`TokenManager: ${message}.`);
  };
  check(Number.isInteger(maxAttempts) && maxAttempts >= 1, 'maxAttempts must be an integer ≥ 1');
  check(minRenewAheadSeconds >= 0, 'minRenewAheadSeconds must be ≥ 0');
  check(renewAheadFraction >= 0 && renewAheadFraction < 1, 'renewAheadFraction must be in [0, 1)');
  check(initialMs >= 0 && maxMs >= 0, 'backoff.initialMs and backoff.maxMs must be ≥ 0');
  check(timeout > 0, 'timeout must be > 0 ms');
  return {
    ...options,
    now,
    random,
    minRenewAheadSeconds,
    renewAheadFraction,
    maxAttempts,
    initialMs,
    maxMs,
    timeout,
    autoRenew,
    eventTarget,
  };
}

function defaultEventTarget(): RenewEventTarget | null {
  const target = globalThis as Partial<RenewEventTarget>;
  return target.addEventListener && target.removeEventListener ? (target as RenewEventTarget) : null;
}
