import { createRunletBackend } from '@runlet/testing';
import { startRunletMockServer } from '@runlet/testing/server';
import { describe, expect, it } from 'vitest';
import { RateLimitError, type RetryInfo, Runlet } from '../../src/index.js';
import { useMockServer } from './server.js';

const { server, admin } = useMockServer();

describe('retries against the reference backend', () => {
  it('waits out a 429 burst limit for Retry-After and then succeeds', async () => {
    // A frozen backend clock puts all eleven calls in the same second, whatever the machine's load;
    // the client's retry moves it on by the Retry-After it was told.
    const frozen = await startRunletMockServer({ backend: createRunletBackend({ freezeClock: true }) });
    try {
      const seeded = await frozen.backend.seedKey({ tier: 'free', scopes: ['*'] });
      const onRetry = (info: RetryInfo) => frozen.backend.clock.advance(info.delay);
      const client = new Runlet({ apiKey: seeded.secret, baseURL: frozen.url, env: {}, onRetry });
      const results = await Promise.all(Array.from({ length: 11 }, () => client.me()));
      expect(results).toHaveLength(11);
      const limited = frozen.backend.requests.filter((r) => r.status === 429);
      expect(limited).toHaveLength(1);
      expect(limited[0]?.responseHeaders['retry-after']).toBe('1');
      expect(frozen.backend.requests.filter((r) => r.status === 200)).toHaveLength(11);
    } finally {
      await frozen.close();
    }
  });

  it('throws the RateLimitError at once when Retry-After is longer than maxRetryAfter', async () => {
    server().backend.failNext({ status: 429, retryAfter: 120 });
    const error = await admin()
      .me()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfter: 120 });
    expect(server().backend.requests).toHaveLength(1);
  });

  it('creates exactly one key when a create is retried after a 500 that hid a success', async () => {
    const runlet = admin();
    const before = (await runlet.keys.list({ limit: 100 })).data.length;
    server().backend.failNext({ status: 500, method: 'POST', path: '/v1/keys', when: 'after' });
    const created = await runlet.keys.create({ name: 'once', scopes: ['sandbox:read'] });
    const posts = server().backend.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.status)).toEqual([500, 201]);
    expect(posts[0]?.headers['idempotency-key']).toBe(posts[1]?.headers['idempotency-key']);
    const after = (await runlet.keys.list({ limit: 100 })).data;
    expect(after.length).toBe(before + 1);
    expect(after.filter((k) => k.name === 'once').map((k) => k.id)).toEqual([created.id]);
  });

  it('retries a connection reset', async () => {
    server().backend.failNext({ kind: 'reset', path: '/v1/me' });
    await expect(admin().me()).resolves.toMatchObject({ object: 'principal' });
  });
});
