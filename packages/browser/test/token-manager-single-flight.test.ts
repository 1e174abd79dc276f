import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { clientToken, controlledFetchToken, createManager, disposeManagers, track } from './helpers.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  disposeManagers();
  vi.useRealTimers();
});

test('50 concurrent calls without a token share exactly one fetch', async () => {
  const { fetchToken, call } = controlledFetchToken();
  const manager = createManager({ fetchToken });
  const waiting = Array.from({ length: 50 }, () => manager.getToken());
  expect(fetchToken).toHaveBeenCalledTimes(1);

  const token = clientToken();
  call(0).resolve({ token, expiresIn: 600 });
  expect(await Promise.all(waiting)).toEqual(Array(50).fill(token));
  expect(fetchToken).toHaveBeenCalledTimes(1);
});

test('50 concurrent calls after the token expired share exactly one renewal', async () => {
  const { fetchToken, call } = controlledFetchToken();
  const manager = createManager({ fetchToken, autoRenew: false });
  const first = manager.getToken();
  call(0).resolve({ token: clientToken(), expiresIn: 60 });
  await first;

  await vi.advanceTimersByTimeAsync(120_000);
  const waiting = Array.from({ length: 50 }, () => manager.getToken());
  const renewed = clientToken();
  call(1).resolve({ token: renewed, expiresIn: 60 });
  expect(new Set(await Promise.all(waiting))).toEqual(new Set([renewed]));
  expect(fetchToken).toHaveBeenCalledTimes(2);
});

test('calls while the token is fresh are served from memory', async () => {
  const { fetchToken, call } = controlledFetchToken();
  const manager = createManager({ fetchToken });
  const first = manager.getToken();
  const token = clientToken();
  call(0).resolve({ token, expiresIn: 600 });
  await first;

  for (let i = 0; i < 10; i++) {
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await manager.getToken()).toBe(token);
  }
  expect(fetchToken).toHaveBeenCalledTimes(1);
});

test("an aborted caller stops waiting without cancelling the others' renewal", async () => {
  const { fetchToken, call } = controlledFetchToken();
  const manager = createManager({ fetchToken });
  const controller = new AbortController();
  const aborted = manager.getToken(controller.signal);
  const other = manager.getToken();

  const reason = new Error('user navigated away');
  controller.abort(reason);
  await expect(aborted).rejects.toBe(reason);
  expect(call(0).signal.aborted).toBe(false);

  const token = clientToken();
  call(0).resolve({ token, expiresIn: 600 });
  expect(await other).toBe(token);
  expect(await manager.getToken()).toBe(token);
  expect(fetchToken).toHaveBeenCalledTimes(1);
});

test('a caller whose signal is already aborted is rejected without a fetch', async () => {
  const { fetchToken } = controlledFetchToken();
  const manager = createManager({ fetchToken });
  const reason = new Error('too late');
  await expect(manager.getToken(AbortSignal.abort(reason))).rejects.toBe(reason);
  expect(fetchToken).not.toHaveBeenCalled();
});

test('a caller keeps waiting while the renewal is pending', async () => {
  const { call, fetchToken } = controlledFetchToken();
  const manager = createManager({ fetchToken });
  const waiting = track(manager.getToken());
  await vi.advanceTimersByTimeAsync(5_000);
  expect(waiting.settled).toBe(false);
  const token = clientToken();
  call(0).resolve({ token, expiresIn: 600 });
  await vi.advanceTimersByTimeAsync(0);
  expect(waiting.value).toBe(token);
});
