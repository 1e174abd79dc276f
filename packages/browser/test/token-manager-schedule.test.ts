import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { TokenManager } from '../src/index.js';
import {
  clientToken,
  controlledFetchToken,
  createManager,
  disposeManagers,
  flushMicrotasks,
  issuingFetchToken,
  track,
} from './helpers.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  disposeManagers();
  vi.useRealTimers();
});

describe('renewal ahead of expiry', () => {
  test.each([
    [600, 480],
    [60, 30],
    [100, 70],
    [3600, 2880],
  ])('renews a %i s token %i s after it arrived', async (ttl, renewAt) => {
    const { fetchToken, issued } = issuingFetchToken(ttl);
    const manager = createManager({ fetchToken });
    expect(await manager.getToken()).toBe(issued[0]);

    await vi.advanceTimersByTimeAsync(renewAt * 1000 - 1);
    expect(fetchToken).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchToken).toHaveBeenCalledTimes(2);
    expect(await manager.getToken()).toBe(issued[1]);
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  test('honours minRenewAheadSeconds and renewAheadFraction', async () => {
    const { fetchToken } = issuingFetchToken(600);
    const manager = createManager({ fetchToken, minRenewAheadSeconds: 60, renewAheadFraction: 0.5 });
    await manager.getToken();
    await vi.advanceTimersByTimeAsync(299_999);
    expect(fetchToken).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  test('measures the lifetime from when the response arrived, not from when it was asked for', async () => {
    const { fetchToken, call } = controlledFetchToken();
    const manager = createManager({ fetchToken });
    const first = manager.getToken();
    await vi.advanceTimersByTimeAsync(5_000);
    call(0).resolve({ token: clientToken(), expiresIn: 600 });
    await first;

    await vi.advanceTimersByTimeAsync(479_999);
    expect(fetchToken).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  test('renews a token shorter than 60 s half-way through its life instead of in a loop', async () => {
    const { fetchToken } = issuingFetchToken(10);
    const manager = createManager({ fetchToken });
    await manager.getToken();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchToken).toHaveBeenCalledTimes(13);
  });
});

describe('getToken on an injected monotonic clock, without background renewal', () => {
  function managerOnManualClock() {
    const clock = { now: 0 };
    const controlled = controlledFetchToken();
    const manager = new TokenManager({
      fetchToken: controlled.fetchToken,
      now: () => clock.now,
      autoRenew: false,
      eventTarget: null,
    });
    return { clock, manager, ...controlled };
  }

  test('serves the token from memory until it becomes stale', async () => {
    const { clock, manager, fetchToken, call } = managerOnManualClock();
    const first = manager.getToken();
    const a = clientToken();
    call(0).resolve({ token: a, expiresIn: 600 });
    expect(await first).toBe(a);

    clock.now = 479_999;
    expect(await manager.getToken()).toBe(a);
    expect(fetchToken).toHaveBeenCalledTimes(1);
    manager.dispose();
  });

  test('keeps serving a stale token while its renewal runs, until 5 s before it expires', async () => {
    const { clock, manager, fetchToken, call } = managerOnManualClock();
    const a = clientToken();
    const first = manager.getToken();
    call(0).resolve({ token: a, expiresIn: 600 });
    await first;

    clock.now = 480_000;
    expect(await manager.getToken()).toBe(a);
    expect(fetchToken).toHaveBeenCalledTimes(2);
    clock.now = 594_999;
    expect(await manager.getToken()).toBe(a);

    clock.now = 595_000;
    const waiting = track(manager.getToken());
    await flushMicrotasks();
    expect(waiting.settled).toBe(false);
    const b = clientToken();
    call(1).resolve({ token: b, expiresIn: 600 });
    await flushMicrotasks();
    expect(waiting.value).toBe(b);
    expect(fetchToken).toHaveBeenCalledTimes(2);
    manager.dispose();
  });

  test('waits for a new token once the current one has expired', async () => {
    const { clock, manager, fetchToken, call } = managerOnManualClock();
    const first = manager.getToken();
    call(0).resolve({ token: clientToken(), expiresIn: 60 });
    await first;

    clock.now = 3_600_000;
    const next = manager.getToken();
    const b = clientToken();
    call(1).resolve({ token: b, expiresIn: 60 });
    expect(await next).toBe(b);
    expect(fetchToken).toHaveBeenCalledTimes(2);
    manager.dispose();
  });
});
