import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { TokenManager } from '../src/index.js';
import { createManager, disposeManagers, FakeWindow, flushMicrotasks, issuingFetchToken } from './helpers.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  disposeManagers();
  vi.useRealTimers();
});

describe('background timer', () => {
  test('renews the token when it becomes stale, without any call', async () => {
    const { fetchToken, issued } = issuingFetchToken(600);
    const onRenew = vi.fn();
    const manager = createManager({ fetchToken, onRenew });
    await manager.getToken();

    await vi.advanceTimersByTimeAsync(480_000);
    expect(fetchToken).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(480_000);
    expect(fetchToken).toHaveBeenCalledTimes(3);
    expect(onRenew).toHaveBeenLastCalledWith({ expiresIn: 600 });
    expect(await manager.getToken()).toBe(issued[2]);
    expect(fetchToken).toHaveBeenCalledTimes(3);
  });

  test('with autoRenew off, nothing is renewed until a call needs it', async () => {
    const { fetchToken } = issuingFetchToken(600);
    const target = new FakeWindow();
    const listen = vi.spyOn(target, 'addEventListener');
    const manager = createManager({ fetchToken, autoRenew: false, eventTarget: target });
    await manager.getToken();

    await vi.advanceTimersByTimeAsync(3_600_000);
    target.dispatchEvent(new Event('online'));
    await flushMicrotasks();
    expect(fetchToken).toHaveBeenCalledTimes(1);
    expect(listen).not.toHaveBeenCalled();
  });
});

describe('visibilitychange and online', () => {
  /** A manager whose clock moves while its timers stay frozen, as in a background tab or a sleeping device. */
  async function frozenTab() {
    const clock = { now: 0 };
    const target = new FakeWindow();
    const { fetchToken, issued } = issuingFetchToken(600);
    const manager = new TokenManager({ fetchToken, now: () => clock.now, eventTarget: target });
    await manager.getToken();
    return { clock, target, fetchToken, issued, manager };
  }

  test('renews a stale token when the page becomes visible again', async () => {
    const { clock, target, fetchToken, issued, manager } = await frozenTab();
    clock.now = 900_000;
    target.dispatchEvent(new Event('visibilitychange'));
    await flushMicrotasks();
    expect(fetchToken).toHaveBeenCalledTimes(2);
    expect(await manager.getToken()).toBe(issued[1]);
    manager.dispose();
  });

  test('does not renew when the page is being hidden', async () => {
    const { clock, target, fetchToken, manager } = await frozenTab();
    clock.now = 900_000;
    target.visibilityState = 'hidden';
    target.dispatchEvent(new Event('visibilitychange'));
    await flushMicrotasks();
    expect(fetchToken).toHaveBeenCalledTimes(1);
    manager.dispose();
  });

  test('renews a stale token when the device comes back online', async () => {
    const { clock, target, fetchToken, manager } = await frozenTab();
    clock.now = 500_000;
    target.dispatchEvent(new Event('online'));
    await flushMicrotasks();
    expect(fetchToken).toHaveBeenCalledTimes(2);
    manager.dispose();
  });

  test('leaves a fresh token alone', async () => {
    const { clock, target, fetchToken, manager } = await frozenTab();
    clock.now = 479_999;
    target.dispatchEvent(new Event('online'));
    target.dispatchEvent(new Event('visibilitychange'));
    await flushMicrotasks();
    expect(fetchToken).toHaveBeenCalledTimes(1);
    manager.dispose();
  });

  test('starts no second renewal while one is in flight', async () => {
    const { clock, target, fetchToken, manager } = await frozenTab();
    fetchToken.mockImplementationOnce(() => new Promise(() => {}));
    clock.now = 900_000;
    target.dispatchEvent(new Event('online'));
    target.dispatchEvent(new Event('visibilitychange'));
    target.dispatchEvent(new Event('online'));
    await flushMicrotasks();
    expect(fetchToken).toHaveBeenCalledTimes(2);
    manager.dispose();
  });
});
