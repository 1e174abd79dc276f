// test/fake-timers.test.ts: a retry, a token renewal and a key expiry under vi.useFakeTimers()
import { RunletBrowser } from '@runlet/browser';
import { type RetryInfo, Runlet } from '@runlet/node';
import { createRunletBackend, createRunletHandlers } from '@runlet/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';

const backend = createRunletBackend(); // its clock reads Date.now(), so the fake timers move it too
const server = setupServer(...createRunletHandlers({ backend }));

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
beforeEach(() => {
  vi.useFakeTimers(); // setTimeout, Date and performance.now(): the SDK's sleeps, timeouts and token clock
});
afterEach(() => {
  vi.useRealTimers();
  server.resetHandlers();
  backend.reset();
});
afterAll(() => server.close());

it('retries a 503 after its Retry-After', async () => {
  const { secret } = await backend.seedKey();
  backend.failNext({ status: 503, retryAfter: 10 });
  let retrying = (_info: RetryInfo) => {};
  const retried = new Promise<RetryInfo>((resolve) => {
    retrying = resolve;
  });
  const runlet = new Runlet({ apiKey: secret, env: {}, onRetry: (info) => retrying(info) });

  const call = runlet.me();
  // Not vi.advanceTimersByTimeAsync yet: the 503 is still on its way, and the wait has not started.
  const { delay } = await retried; // the 503 is back and the client sleeps on a fake timer
  expect(delay).toBe(10_000);
  await vi.advanceTimersByTimeAsync(9_999);
  expect(backend.requests).toHaveLength(1);
  await vi.advanceTimersByTimeAsync(1);

  await expect(call).resolves.toMatchObject({ type: 'api_key' });
  const [failed, retry] = backend.requests;
  expect([failed?.status, retry?.status]).toEqual([503, 200]);
  expect((retry?.time ?? 0) - (failed?.time ?? 0)).toBe(10_000);
});

it('renews a client token ahead of its expiry', async () => {
  const { secret } = await backend.seedKey();
  const yourServer = new Runlet({ apiKey: secret, env: {} });
  const getToken = vi.fn(() => yourServer.tokens.create({ scopes: ['sandbox:read'], ttlSeconds: 600 }));
  const runlet = new RunletBrowser({ getToken });
  const before = await runlet.me();

  await vi.advanceTimersByTimeAsync(480_000); // 20 % of the TTL before expiry: the renewal timer calls getToken
  expect(getToken).toHaveBeenCalledTimes(2);
  await getToken.mock.results[1]?.value; // the renewal's answer is back; fake time stood still meanwhile
  await vi.advanceTimersByTimeAsync(120_000); // the first token has expired, on the backend's clock too

  const after = await runlet.me();
  expect(after.tokenId).not.toBe(before.tokenId);
  expect(backend.requests.map((request) => request.status)).not.toContain(401);
  runlet.dispose();
});

it('refuses a key once the backend clock passes its expiry', async () => {
  const expiresAt = new Date(backend.clock.now() + 60_000).toISOString();
  const { secret } = await backend.seedKey({ expiresAt });
  const runlet = new Runlet({ apiKey: secret, env: {} });
  await expect(runlet.me()).resolves.toMatchObject({ type: 'api_key' });

  backend.clock.advance(60_000); // the backend's time only: no timer of the SDK fires
  await expect(runlet.me()).rejects.toMatchObject({ status: 401, code: 'EXPIRED_API_KEY' });
});
