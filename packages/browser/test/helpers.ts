import { createToken } from '@runlet/types';
import { vi } from 'vitest';
import { TokenManager, type TokenManagerOptions, type TokenResponse } from '../src/index.js';

/** A fresh, well-formed client token. */
export function clientToken(): string {
  return createToken('rl_ct_');
}

/** One pending `fetchToken` call, answered by the test. */
export interface PendingFetch {
  signal: AbortSignal;
  resolve: (response: TokenResponse) => void;
  reject: (error: unknown) => void;
}

/** A `fetchToken` whose calls wait until the test answers them through `calls[i]`. */
export function controlledFetchToken() {
  const calls: PendingFetch[] = [];
  const fetchToken = vi.fn(
    (signal: AbortSignal) => new Promise<TokenResponse>((resolve, reject) => calls.push({ signal, resolve, reject })),
  );
  const call = (index: number): PendingFetch => {
    const found = calls[index];
    if (!found) throw new Error(`fetchToken was called ${calls.length} time(s), not ${index + 1}`);
    return found;
  };
  return { fetchToken, calls, call };
}

/** A `fetchToken` that answers at once with a new client token valid for `expiresIn` seconds. */
export function issuingFetchToken(expiresIn = 600) {
  const issued: string[] = [];
  const fetchToken = vi.fn(async (_signal: AbortSignal) => {
    const token = clientToken();
    issued.push(token);
    return { token, expiresIn };
  });
  return { fetchToken, issued };
}

const managers: TokenManager[] = [];

/**
 * A manager on the fake timers' monotonic clock (`performance.now()`), with a fixed jitter of 0.5 and no
 * event listeners unless the test passes an `eventTarget`.
 */
export function createManager(options: Partial<TokenManagerOptions> & Pick<TokenManagerOptions, 'fetchToken'>) {
  const manager = new TokenManager({ now: () => performance.now(), random: () => 0.5, eventTarget: null, ...options });
  managers.push(manager);
  return manager;
}

/** Disposes every manager made by `createManager`; for `afterEach`. */
export function disposeManagers(): void {
  for (const manager of managers.splice(0)) manager.dispose();
}

/** A settled-or-not view of a promise, to assert that something is still waiting. */
export function track<T>(promise: Promise<T>) {
  const state: { settled: boolean; value?: T; error?: unknown } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { settled: true, value }),
    (error: unknown) => Object.assign(state, { settled: true, error }),
  );
  return state;
}

/** A stand-in for `window`: an EventTarget whose `visibilityState` the test sets, like `document`'s. */
export class FakeWindow extends EventTarget {
  visibilityState: 'visible' | 'hidden' = 'visible';
}

/** Lets every already-settled promise chain run, without touching (real or fake) timers. */
export async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}
