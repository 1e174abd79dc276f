import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sleep } from '../src/internal.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('sleep', () => {
  it('resolves after the given time, not before', async () => {
    let done = false;
    const slept = sleep(1000).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await slept;
    expect(done).toBe(true);
  });

  it("rejects with the signal's reason as soon as it aborts, and leaves no timer behind", async () => {
    const controller = new AbortController();
    const slept = sleep(60_000, controller.signal);
    const reason = new Error('superseded');
    controller.abort(reason);
    await expect(slept).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects at once with an already aborted signal's reason", async () => {
    const reason = new Error('disposed');
    await expect(sleep(1000, AbortSignal.abort(reason))).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });
});
