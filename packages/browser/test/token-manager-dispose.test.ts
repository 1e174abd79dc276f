import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { TokenManager } from '../src/index.js';
import { clientToken, controlledFetchToken, FakeWindow, flushMicrotasks, issuingFetchToken } from './helpers.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

test('after dispose() no token is fetched, however much time passes', async () => {
  const { fetchToken } = issuingFetchToken(600);
  const manager = new TokenManager({ fetchToken, eventTarget: null });
  await manager.getToken();
  expect(vi.getTimerCount()).toBe(1);
  manager.dispose();
  expect(vi.getTimerCount()).toBe(0);
  await vi.advanceTimersByTimeAsync(10 * 3_600_000);
  expect(fetchToken).toHaveBeenCalledTimes(1);
});

test('after dispose() online and visibilitychange are no longer listened to', async () => {
  const clock = { now: 0 };
  const target = new FakeWindow();
  const unlisten = vi.spyOn(target, 'removeEventListener');
  const { fetchToken } = issuingFetchToken(600);
  const manager = new TokenManager({ fetchToken, now: () => clock.now, eventTarget: target });
  await manager.getToken();
  manager.dispose();

  clock.now = 900_000;
  target.dispatchEvent(new Event('online'));
  target.dispatchEvent(new Event('visibilitychange'));
  await flushMicrotasks();
  expect(fetchToken).toHaveBeenCalledTimes(1);
  expect(unlisten.mock.calls.map(([type]) => type).sort()).toEqual(['online', 'visibilitychange']);
});

test('calls after dispose() are rejected with an error that says so', async () => {
  const { fetchToken } = issuingFetchToken(600);
  const manager = new TokenManager({ fetchToken, eventTarget: null });
  const token = await manager.getToken();
  manager.dispose();
  manager.invalidate(token);

  await expect(manager.getToken()).rejects.toThrow(/disposed/);
  expect(fetchToken).toHaveBeenCalledTimes(1);
  expect(manager.describe()).toBe('client token (disposed)');
});

test('dispose() rejects waiting calls, aborts the renewal and never installs its late response', async () => {
  const { fetchToken, call } = controlledFetchToken();
  const manager = new TokenManager({ fetchToken, eventTarget: null });
  const waiting = manager.getToken();
  manager.dispose();
  manager.dispose();

  await expect(waiting).rejects.toThrow(/disposed/);
  expect(call(0).signal.aborted).toBe(true);
  call(0).resolve({ token: clientToken(), expiresIn: 600 });
  await flushMicrotasks();
  await expect(manager.getToken()).rejects.toThrow(/disposed/);
  expect(vi.getTimerCount()).toBe(0);
});

test.each(Array.from({ length: 12 }, (_, k) => k))(
  'a response that arrives %i microtasks before dispose() is never installed',
  async (k) => {
    const { fetchToken, call } = controlledFetchToken();
    const manager = new TokenManager({ fetchToken, eventTarget: null });
    const waiting = manager.getToken().catch((e: unknown) => e);
    call(0).resolve({ token: clientToken(), expiresIn: 600 });
    for (let i = 0; i < k; i++) await Promise.resolve();
    manager.dispose();
    await flushMicrotasks();
    await waiting;
    expect(manager.describe()).toBe('client token (disposed)');
    expect(vi.getTimerCount()).toBe(0);
  },
);
