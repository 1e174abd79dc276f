import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APITimeoutError, APIUserAbortError, RunletClient } from '../src/index.js';
import { apiError, BASE, json, mockFetch, principal, settle } from './helpers.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A fetch that never answers until its signal aborts. */
const hanging = () =>
  mockFetch(
    (request) =>
      new Promise<Response>((_, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
      }),
  );

describe('timeouts and cancellation', () => {
  it('times out an attempt after `timeout` and retries it, then throws APITimeoutError', async () => {
    const { fetch, calls } = hanging();
    const client = new RunletClient({ baseURL: BASE, fetch, timeout: 1000, maxRetries: 1 });
    const { error } = await settle(client.get('/v1/me'));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toMatchObject({
      kind: 'timeout',
      message: 'The request timed out after 1000 ms (option `timeout`): GET /v1/me',
    });
    expect(calls).toHaveLength(2);
  });

  it('defaults to 60 s per attempt', async () => {
    const { fetch } = hanging();
    const { error, elapsed } = await settle(new RunletClient({ baseURL: BASE, fetch, maxRetries: 0 }).get('/v1/me'));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(elapsed).toBeGreaterThanOrEqual(60_000);
    expect(elapsed).toBeLessThan(61_000);
  });

  it('stops at the overall deadline, retries included', async () => {
    const { fetch, calls } = mockFetch(
      apiError(503, 'INTERNAL_ERROR'),
      apiError(503, 'INTERNAL_ERROR'),
      json(200, principal),
    );
    const client = new RunletClient({ baseURL: BASE, fetch, deadline: 800, maxRetries: 5, random: () => 0 });
    const { error, elapsed } = await settle(client.get('/v1/me'));
    expect(error).toMatchObject({ status: 503 });
    expect(elapsed).toBeLessThan(800);
    expect(calls.length).toBeLessThanOrEqual(2);
  });

  it('gives a hanging attempt only what is left of the deadline', async () => {
    const { fetch } = hanging();
    const { error, elapsed } = await settle(new RunletClient({ baseURL: BASE, fetch, deadline: 1500 }).get('/v1/me'));
    expect(error).toMatchObject({ name: 'APITimeoutError', kind: 'deadline' });
    expect(elapsed).toBeLessThan(1600);
  });

  it("turns the caller's abort into APIUserAbortError and does not retry", async () => {
    const { fetch, calls } = hanging();
    const controller = new AbortController();
    const call = new RunletClient({ baseURL: BASE, fetch }).get('/v1/me', { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const { error } = await settle(call);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(calls).toHaveLength(1);
  });

  it('aborts during the backoff sleep too', async () => {
    const { fetch, calls } = mockFetch(apiError(503, 'INTERNAL_ERROR'));
    const controller = new AbortController();
    const call = new RunletClient({ baseURL: BASE, fetch }).get('/v1/me', { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const { error } = await settle(call);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(calls).toHaveLength(1);
  });

  it('refuses to start with an already aborted signal', async () => {
    const { fetch, calls } = mockFetch(json(200, principal));
    const { error } = await settle(
      new RunletClient({ baseURL: BASE, fetch }).get('/v1/me', { signal: AbortSignal.abort() }),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(calls).toHaveLength(0);
  });
});

describe('an abort while the auth strategy waits', () => {
  it('is reported as APIUserAbortError', async () => {
    const { fetch, calls } = mockFetch(json(200, principal));
    const controller = new AbortController();
    const auth = {
      authenticate: (_headers: Headers, ctx: { signal: AbortSignal | undefined }) =>
        new Promise<void>((_, reject) => ctx.signal?.addEventListener('abort', () => reject(ctx.signal?.reason))),
    };
    const call = new RunletClient({ baseURL: BASE, fetch, auth }).get('/v1/me', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const { error } = await settle(call);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(calls).toHaveLength(0);
  });
});
