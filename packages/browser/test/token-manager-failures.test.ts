import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fetchTokenFromUrl, TokenExchangeError, type TokenResponse } from '../src/index.js';
import { clientToken, createManager, disposeManagers, track } from './helpers.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  disposeManagers();
  vi.useRealTimers();
});

/** A fetchToken that fails with each of `failures` in turn, then issues tokens; records when it was called. */
function failingFetchToken(failures: unknown[]) {
  const times: number[] = [];
  const fetchToken = vi.fn(async (_signal: AbortSignal): Promise<TokenResponse> => {
    times.push(performance.now());
    const failure = failures[times.length - 1];
    if (failure !== undefined) throw failure;
    return { token: clientToken(), expiresIn: 600 };
  });
  const delays = () => times.slice(1).map((t, i) => t - (times[i] ?? 0));
  return { fetchToken, delays };
}

const unavailable = () => new TokenExchangeError('The token endpoint answered 503', { status: 503, final: false });

describe('final failures', () => {
  test.each([401, 403])('a %i from the token endpoint rejects at once and is not retried', async (status) => {
    const fetch = vi.fn(async () => Response.json({ error: { message: 'not signed in' } }, { status }));
    const fetchToken = vi.fn(fetchTokenFromUrl('https://app.example/api/runlet-token', { fetch }));
    const manager = createManager({ fetchToken });

    const error = await manager.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenExchangeError);
    expect(error).toMatchObject({ status, final: true });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('a response without a usable expiresIn is final', async () => {
    const fetchToken = vi.fn(async () => ({ token: clientToken(), expiresIn: 0 }));
    const manager = createManager({ fetchToken });
    await expect(manager.getToken()).rejects.toMatchObject({
      final: true,
      message: expect.stringMatching(/expiresIn/),
    });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fetchToken).toHaveBeenCalledTimes(1);
  });

  test('the next call after a final failure asks the token endpoint again, once', async () => {
    const { fetchToken } = failingFetchToken([new TokenExchangeError('refused', { status: 401, final: true })]);
    const manager = createManager({ fetchToken });
    await expect(manager.getToken()).rejects.toMatchObject({ final: true });
    await expect(manager.getToken()).resolves.toMatch(/^rl_ct_/);
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });
});

describe('retryable failures', () => {
  test('a 5xx is retried after exponential backoff delays with full jitter', async () => {
    const { fetchToken, delays } = failingFetchToken([unavailable(), unavailable(), unavailable()]);
    const manager = createManager({ fetchToken, random: () => 0.5 });
    const token = manager.getToken();
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(token).resolves.toMatch(/^rl_ct_/);
    expect(delays()).toEqual([250, 500, 1000]);
  });

  test('each delay is a random fraction of its exponential ceiling', async () => {
    const { fetchToken, delays } = failingFetchToken([unavailable(), unavailable(), unavailable()]);
    const randoms = [0.1, 0.9, 0.25];
    const manager = createManager({ fetchToken, random: () => randoms.shift() ?? 0 });
    const token = manager.getToken();
    await vi.advanceTimersByTimeAsync(10_000);
    await token;
    // Core's backoffDelay with full jitter: ceiling · (1 − random), the ceilings 500, 1000, 2000.
    expect(delays()).toEqual([450, 100, 1500]);
  });

  test('the delays are capped at backoff.maxMs', async () => {
    const failures = Array.from({ length: 5 }, unavailable);
    const { fetchToken, delays } = failingFetchToken(failures);
    const manager = createManager({ fetchToken, maxAttempts: 6, backoff: { initialMs: 1000, maxMs: 3000 } });
    const token = manager.getToken();
    await vi.advanceTimersByTimeAsync(60_000);
    await token;
    expect(delays()).toEqual([500, 1000, 1500, 1500, 1500]);
  });

  test('a network error is retried like a 5xx', async () => {
    const { fetchToken } = failingFetchToken([new TypeError('fetch failed')]);
    const manager = createManager({ fetchToken });
    const token = manager.getToken();
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(token).resolves.toMatch(/^rl_ct_/);
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  test('after maxAttempts it rejects, and the next call starts over', async () => {
    const { fetchToken } = failingFetchToken([unavailable(), unavailable(), unavailable()]);
    const manager = createManager({ fetchToken, maxAttempts: 3 });
    const first = track(manager.getToken());
    await vi.advanceTimersByTimeAsync(10_000);
    expect(first.error).toBeInstanceOf(TokenExchangeError);
    expect(first.error).toMatchObject({
      status: 503,
      final: false,
      message: expect.stringMatching(/after 3 attempts/),
    });
    expect(fetchToken).toHaveBeenCalledTimes(3);

    await expect(manager.getToken()).resolves.toMatch(/^rl_ct_/);
    expect(fetchToken).toHaveBeenCalledTimes(4);
  });

  test('an attempt that does not answer within the timeout is abandoned and retried', async () => {
    const signals: AbortSignal[] = [];
    const fetchToken = vi.fn((signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<TokenResponse>(() => {});
    });
    const manager = createManager({ fetchToken, timeout: 2_000, maxAttempts: 2 });
    const result = track(manager.getToken());
    await vi.advanceTimersByTimeAsync(2_000);
    expect(signals[0]?.aborted).toBe(true);
    expect(fetchToken).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(250 + 2_000);
    expect(fetchToken).toHaveBeenCalledTimes(2);
    expect(result.error).toMatchObject({ final: false, message: expect.stringMatching(/within 2000 ms/) });
  });

  test('a token endpoint slower than ky’s default 10 s is waited for up to the timeout option', async () => {
    const fetch = vi.fn(
      (input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((resolve, reject) => {
          const { signal } = new Request(input, init);
          signal.addEventListener('abort', () => reject(signal.reason));
          setTimeout(() => resolve(Response.json({ token: clientToken(), expiresIn: 600 })), 15_000);
        }),
    );
    const fetchToken = fetchTokenFromUrl('https://app.example/api/runlet-token', { fetch });
    const manager = createManager({ fetchToken, timeout: 30_000 });
    const result = track(manager.getToken());
    await vi.advanceTimersByTimeAsync(15_000);
    expect(result.value).toMatch(/^rl_ct_/);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('onError', () => {
  test('reports a failed background renewal while calls keep the still-valid token', async () => {
    const token = clientToken();
    let calls = 0;
    const fetchToken = vi.fn(async () => {
      calls++;
      if (calls === 1) return { token, expiresIn: 600 };
      throw new TokenExchangeError('refused', { status: 401, final: true });
    });
    const onError = vi.fn();
    const manager = createManager({ fetchToken, onError });
    await manager.getToken();

    await vi.advanceTimersByTimeAsync(480_000);
    expect(fetchToken).toHaveBeenCalledTimes(2);
    expect(onError).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ status: 401, final: true }));
    expect(await manager.getToken()).toBe(token);

    await vi.advanceTimersByTimeAsync(120_000);
    await expect(manager.getToken()).rejects.toMatchObject({ status: 401 });
  });
});

describe('a failing endpoint while the token is still usable', () => {
  test('does not get a renewal per call: after a failure, calls wait out a doubling quiet period', async () => {
    const first = clientToken();
    let calls = 0;
    const fetchToken = vi.fn(async (): Promise<TokenResponse> => {
      calls++;
      if (calls === 1) return { token: first, expiresIn: 600 };
      if (calls <= 3) throw unavailable();
      return { token: clientToken(), expiresIn: 600 };
    });
    const manager = createManager({
      fetchToken,
      autoRenew: false,
      maxAttempts: 1,
      backoff: { initialMs: 500, maxMs: 30_000 },
    });
    await expect(manager.getToken()).resolves.toBe(first);
    await vi.advanceTimersByTimeAsync(481_000); // stale, still usable
    for (let i = 0; i < 10; i++) await expect(manager.getToken()).resolves.toBe(first);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchToken).toHaveBeenCalledTimes(2); // the first failed renewal, then quiet
    await vi.advanceTimersByTimeAsync(999);
    await manager.getToken();
    expect(fetchToken).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2);
    await manager.getToken(); // quiet period over (1 s): one more try, which fails
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchToken).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1_500);
    await manager.getToken(); // now inside the doubled 2 s quiet period
    expect(fetchToken).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(600);
    await manager.getToken(); // the renewal that succeeds
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchToken).toHaveBeenCalledTimes(4);
    await expect(manager.getToken()).resolves.not.toBe(first);
  });
});

describe('Retry-After from the token endpoint', () => {
  const URL = 'https://app.example/api/runlet-token';
  /** A token endpoint answering `status` with `Retry-After: retryAfter` for the first `failures` requests. */
  function busyEndpoint(failures: number, retryAfter: string, status = 429) {
    const times: number[] = [];
    const fetch = vi.fn(async () => {
      times.push(performance.now());
      if (times.length <= failures) {
        return Response.json({ error: { message: 'slow down' } }, { status, headers: { 'retry-after': retryAfter } });
      }
      return Response.json({ token: clientToken(), expiresIn: 600 });
    });
    const delays = () => times.slice(1).map((t, i) => t - (times[i] ?? 0));
    return { fetch, delays };
  }

  test('the endpoint’s Retry-After is waited out instead of a shorter jittered backoff', async () => {
    const { fetch, delays } = busyEndpoint(2, '3');
    const manager = createManager({ fetchToken: fetchTokenFromUrl(URL, { fetch }), random: () => 0.5 });
    const token = manager.getToken();
    const state = track(token);
    await vi.advanceTimersByTimeAsync(5_999);
    expect(state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(token).resolves.toMatch(/^rl_ct_/);
    expect(delays()).toEqual([3_000, 3_000]);
  });

  test.each(['0', '', 'Thu, 01 Jan 1970 00:00:00 GMT'])(
    'Retry-After %j does not cut the jittered backoff short',
    async (value) => {
      const { fetch, delays } = busyEndpoint(2, value, 503);
      const manager = createManager({ fetchToken: fetchTokenFromUrl(URL, { fetch }), random: () => 0.5 });
      const token = manager.getToken();
      await vi.advanceTimersByTimeAsync(1_000);
      await expect(token).resolves.toMatch(/^rl_ct_/);
      expect(delays()).toEqual([250, 500]);
    },
  );

  test('a hand-made TokenExchangeError keeps only a usable retryAfter', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, -1]) {
      expect(new TokenExchangeError('busy', { final: false, retryAfter: bad }).retryAfter).toBeUndefined();
    }
    expect(new TokenExchangeError('busy', { final: false, retryAfter: 0 }).retryAfter).toBe(0);
  });

  test('the error carries retryAfter for sources that want to show it', async () => {
    const { fetch } = busyEndpoint(1, '7', 503);
    const error = await fetchTokenFromUrl(URL, { fetch })(new AbortController().signal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenExchangeError);
    expect(error).toMatchObject({ status: 503, final: false, retryAfter: 7 });
  });

  test('a Retry-After longer than backoff.maxMs ends the renewal at once instead of sleeping through it', async () => {
    const { fetch } = busyEndpoint(5, '120');
    const manager = createManager({ fetchToken: fetchTokenFromUrl(URL, { fetch }) });
    const error = await manager.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenExchangeError);
    expect(error).toMatchObject({ status: 429, final: false, retryAfter: 120 });
    expect((error as Error).message).toMatch(/asked to retry after 120 s, longer than backoff\.maxMs/);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('background renewals wait out the endpoint’s Retry-After, not just the doubling quiet period', async () => {
    const first = clientToken();
    let calls = 0;
    const fetchToken = vi.fn(async (): Promise<TokenResponse> => {
      calls++;
      if (calls === 1) return { token: first, expiresIn: 600 };
      if (calls === 2) throw new TokenExchangeError('busy', { status: 429, final: false, retryAfter: 20 });
      return { token: clientToken(), expiresIn: 600 };
    });
    const manager = createManager({ fetchToken, autoRenew: false, maxAttempts: 1 });
    await expect(manager.getToken()).resolves.toBe(first);
    await vi.advanceTimersByTimeAsync(481_000); // stale, still usable
    await manager.getToken();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchToken).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(19_999); // the doubling quiet period alone would have ended after 1 s
    await expect(manager.getToken()).resolves.toBe(first);
    expect(fetchToken).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2);
    await manager.getToken();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchToken).toHaveBeenCalledTimes(3);
  });
});

describe('the background timer after a failed renewal', () => {
  test('waits for the quiet period instead of spinning, and leaves a quiet period longer than the token to the next call', async () => {
    const events = new EventTarget();
    Object.assign(events, { visibilityState: 'visible' });
    let calls = 0;
    const fetchToken = vi.fn(async (): Promise<TokenResponse> => {
      calls++;
      if (calls === 2) throw new TokenExchangeError('busy', { status: 429, final: false, retryAfter: 3_600 });
      return { token: clientToken(), expiresIn: 600 };
    });
    const manager = createManager({ fetchToken, maxAttempts: 1, eventTarget: events });
    await manager.getToken();
    await vi.advanceTimersByTimeAsync(481_000); // stale: the timer's renewal fails and asks for an hour
    expect(fetchToken).toHaveBeenCalledTimes(2);
    // The quiet period (an hour) outlasts the token: the event schedules nothing, where it used to spin.
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    events.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(50);
    expect(setTimeoutSpy).not.toHaveBeenCalled();
    setTimeoutSpy.mockRestore();
    expect(fetchToken).toHaveBeenCalledTimes(2);
    // No background renewal for a token that has expired meanwhile, even when the quiet period ends (an idle
    // page asks for nothing); the next call renews at once.
    await vi.advanceTimersByTimeAsync(3_700_000);
    expect(fetchToken).toHaveBeenCalledTimes(2);
    await expect(manager.getToken()).resolves.toMatch(/^rl_ct_/);
    expect(fetchToken).toHaveBeenCalledTimes(3);
  });
});

describe('after a failed background renewal', () => {
  test('a still-usable token gets another background try once the quiet period is over', async () => {
    let calls = 0;
    const fetchToken = vi.fn(async (): Promise<TokenResponse> => {
      calls++;
      if (calls === 2) throw new TokenExchangeError('busy', { status: 503, final: false });
      return { token: clientToken(), expiresIn: 600 };
    });
    const manager = createManager({ fetchToken, maxAttempts: 1 });
    const first = await manager.getToken();
    await vi.advanceTimersByTimeAsync(480_000); // stale: the timer's renewal fails, a 1 s quiet period starts
    expect(fetchToken).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1_000); // no call, no event: the timer tries again
    expect(fetchToken).toHaveBeenCalledTimes(3);
    await expect(manager.getToken()).resolves.not.toBe(first);
  });
});
