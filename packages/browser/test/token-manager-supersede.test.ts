import { afterEach, beforeEach, expect, test } from 'vitest';
import { TokenManager } from '../src/index.js';
import { clientToken, controlledFetchToken, flushMicrotasks, track } from './helpers.js';

let clock = 0;
let manager: TokenManager | undefined;

beforeEach(() => {
  clock = 0;
});
afterEach(() => {
  manager?.dispose();
});

/** A manager on a manual clock, holding token `a` received at 0 with a 600 s TTL. */
async function managerHolding(a: string) {
  const controlled = controlledFetchToken();
  manager = new TokenManager({
    fetchToken: controlled.fetchToken,
    now: () => clock,
    autoRenew: false,
    eventTarget: null,
  });
  const first = manager.getToken();
  controlled.call(0).resolve({ token: a, expiresIn: 600 });
  await first;
  return { manager, ...controlled };
}

test('a renewal superseded by invalidate() is aborted and its late response is never installed', async () => {
  const [a, b, c] = [clientToken(), clientToken(), clientToken()];
  const { manager, fetchToken, call } = await managerHolding(a);
  clock = 500_000;
  expect(await manager.getToken()).toBe(a);
  expect(fetchToken).toHaveBeenCalledTimes(2);

  manager.invalidate(a);
  expect(call(1).signal.aborted).toBe(true);
  expect(fetchToken).toHaveBeenCalledTimes(3);
  const waiting = manager.getToken();
  call(2).resolve({ token: c, expiresIn: 600 });
  expect(await waiting).toBe(c);

  call(1).resolve({ token: b, expiresIn: 600 });
  await flushMicrotasks();
  expect(await manager.getToken()).toBe(c);
  expect(fetchToken).toHaveBeenCalledTimes(3);
});

test('callers waiting on a superseded renewal get the newer token even when the old response arrives first', async () => {
  const [a, b, c] = [clientToken(), clientToken(), clientToken()];
  const { manager, call } = await managerHolding(a);
  clock = 700_000;
  const waiting = track(manager.getToken());

  manager.invalidate(a);
  call(1).resolve({ token: b, expiresIn: 600 });
  await flushMicrotasks();
  expect(waiting.settled).toBe(false);

  call(2).resolve({ token: c, expiresIn: 600 });
  await flushMicrotasks();
  expect(waiting.value).toBe(c);
  expect(await manager.getToken()).toBe(c);
});

test('invalidate() forces a renewal when given the current token', async () => {
  const [a, b] = [clientToken(), clientToken()];
  const { manager, fetchToken, call } = await managerHolding(a);
  manager.invalidate(a);
  expect(fetchToken).toHaveBeenCalledTimes(2);
  const next = manager.getToken();
  call(1).resolve({ token: b, expiresIn: 600 });
  expect(await next).toBe(b);
});

test('invalidate() ignores a token that is no longer the current one', async () => {
  const [a, b] = [clientToken(), clientToken()];
  const { manager, fetchToken, call } = await managerHolding(a);
  manager.invalidate(a);
  call(1).resolve({ token: b, expiresIn: 600 });
  expect(await manager.getToken()).toBe(b);

  manager.invalidate(a);
  manager.invalidate(clientToken());
  expect(fetchToken).toHaveBeenCalledTimes(2);
  expect(await manager.getToken()).toBe(b);
});

test('invalidating the same token twice renews once', async () => {
  const a = clientToken();
  const { manager, fetchToken } = await managerHolding(a);
  manager.invalidate(a);
  manager.invalidate(a);
  expect(fetchToken).toHaveBeenCalledTimes(2);
});

test.each(Array.from({ length: 12 }, (_, k) => k))(
  'a response that arrives %i microtasks before invalidate() is either installed before it or dropped',
  async (k) => {
    const [a, b, c] = [clientToken(), clientToken(), clientToken()];
    const { manager, fetchToken, call } = await managerHolding(a);
    clock = 500_000;
    await manager.getToken();
    call(1).resolve({ token: b, expiresIn: 600 });
    for (let i = 0; i < k; i++) await Promise.resolve();
    manager.invalidate(a);
    await flushMicrotasks();

    if (fetchToken.mock.calls.length === 2) {
      // b was installed before invalidate(a), which then no longer named the current token.
      expect(await manager.getToken()).toBe(b);
      return;
    }
    const next = manager.getToken();
    call(2).resolve({ token: c, expiresIn: 600 });
    expect(await next).toBe(c);
    expect(await manager.getToken()).toBe(c);
    expect(fetchToken).toHaveBeenCalledTimes(3);
  },
);
