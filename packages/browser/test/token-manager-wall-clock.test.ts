import { afterEach, expect, test, vi } from 'vitest';
import { TokenManager } from '../src/index.js';
import { issuingFetchToken } from './helpers.js';

afterEach(() => {
  vi.useRealTimers();
});

test('a device clock that is wrong or jumps does not change when the token is renewed', async () => {
  vi.useFakeTimers({ now: new Date('1999-12-31T23:59:00Z') });
  const { fetchToken, issued } = issuingFetchToken(600);
  // The default clock: performance.now(), which the fake timers advance but a wall-clock change does not move.
  const manager = new TokenManager({ fetchToken, random: () => 0.5, eventTarget: null });
  expect(await manager.getToken()).toBe(issued[0]);

  vi.setSystemTime(Date.now() + 7 * 24 * 3600 * 1000);
  await vi.advanceTimersByTimeAsync(1_000);
  expect(await manager.getToken()).toBe(issued[0]);
  expect(fetchToken).toHaveBeenCalledTimes(1);

  vi.setSystemTime(Date.now() - 30 * 24 * 3600 * 1000);
  await vi.advanceTimersByTimeAsync(478_999);
  expect(await manager.getToken()).toBe(issued[0]);
  expect(fetchToken).toHaveBeenCalledTimes(1);

  await vi.advanceTimersByTimeAsync(1);
  expect(fetchToken).toHaveBeenCalledTimes(2);
  expect(await manager.getToken()).toBe(issued[1]);
  manager.dispose();
});
