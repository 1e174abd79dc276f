import { afterEach, expect, test, vi } from 'vitest';
import { TokenManager } from '../src/index.js';
import { FakeWindow, flushMicrotasks, issuingFetchToken } from './helpers.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

test('listens on globalThis by default, as in a window or a worker', async () => {
  const window = new FakeWindow();
  vi.stubGlobal('addEventListener', window.addEventListener.bind(window));
  vi.stubGlobal('removeEventListener', window.removeEventListener.bind(window));
  const clock = { now: 0 };
  const { fetchToken } = issuingFetchToken(600);
  const manager = new TokenManager({ fetchToken, now: () => clock.now });
  await manager.getToken();

  clock.now = 500_000;
  window.dispatchEvent(new Event('online'));
  await flushMicrotasks();
  expect(fetchToken).toHaveBeenCalledTimes(2);

  manager.dispose();
  clock.now = 1_500_000;
  window.dispatchEvent(new Event('online'));
  await flushMicrotasks();
  expect(fetchToken).toHaveBeenCalledTimes(2);
});

test('works where globalThis has no addEventListener (Node, some edge runtimes)', async () => {
  vi.stubGlobal('addEventListener', undefined);
  const { fetchToken, issued } = issuingFetchToken(600);
  const manager = new TokenManager({ fetchToken });
  expect(await manager.getToken()).toBe(issued[0]);
  manager.dispose();
});
