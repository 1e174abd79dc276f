import { describe, expect, it } from 'vitest';
import { createTestApi, T0 } from './support/api.js';

const HOUR_END = T0 / 1000 + 3600;

describe('rate limits', () => {
  it('sends X-RateLimit-Limit, -Remaining and -Reset on successes and errors alike', async () => {
    const { call, backend } = await createTestApi();
    const { secret } = await backend.seedKey({ tier: 'free' });
    const ok = await call('GET', '/v1/me', { key: secret });
    expect(Object.fromEntries([...ok.headers].filter(([name]) => name.startsWith('x-ratelimit')))).toEqual({
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '99',
      'x-ratelimit-reset': String(HOUR_END),
    });
    const notFound = await call('GET', '/v1/sandboxes/sbx_nope', { key: secret });
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get('x-ratelimit-remaining')).toBe('98');
    const anonymous = await call('GET', '/v1/me');
    expect(anonymous.headers.get('x-ratelimit-limit')).toBe('100');
  });

  it('allows a burst of 10 in one second on the free tier, then 429 with Retry-After', async () => {
    const { call, backend } = await createTestApi();
    const { secret } = await backend.seedKey({ tier: 'free' });
    for (let i = 0; i < 10; i++) expect((await call('GET', '/v1/me', { key: secret })).status).toBe(200);
    const limited = await call('GET', '/v1/me', { key: secret });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.body.error).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 1 });
    expect(limited.body.error.message).toContain('10 requests a second');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('90');
    backend.clock.advance(999);
    expect((await call('GET', '/v1/me', { key: secret })).status).toBe(429);
    backend.clock.advance(1);
    expect((await call('GET', '/v1/me', { key: secret })).status).toBe(200);
  });

  it('allows 100 requests an hour on the free tier and resets on the hour', async () => {
    const { call, backend } = await createTestApi();
    const { secret } = await backend.seedKey({ tier: 'free' });
    for (let i = 0; i < 100; i++) {
      backend.clock.advance(200);
      await call('GET', '/v1/me', { key: secret });
    }
    const limited = await call('GET', '/v1/me', { key: secret });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.body.error.retryAfter).toBe(3600 - 20);
    expect(limited.body.error.message).toContain('100 requests an hour');
    backend.clock.set(T0 + 3_600_000);
    const next = await call('GET', '/v1/me', { key: secret });
    expect(next.status).toBe(200);
    expect(next.headers.get('x-ratelimit-reset')).toBe(String(HOUR_END + 3600));
  });

  it('gives the pro tier 1000 an hour and a burst of 100, and takes overrides', async () => {
    const { call, backend } = await createTestApi({ tiers: { pro: { limit: 5, burst: 3 } } });
    const { secret } = await backend.seedKey({ tier: 'pro' });
    const first = await call('GET', '/v1/me', { key: secret });
    expect(first.headers.get('x-ratelimit-limit')).toBe('5');
    const defaults = await createTestApi();
    const pro = await defaults.backend.seedKey({ tier: 'pro' });
    const usage = await defaults.call('GET', `/v1/keys/${pro.key.id}/usage`, { key: pro.secret });
    expect(usage.body.rateLimit).toMatchObject({ tier: 'pro', limit: 1000, burst: 100 });
  });

  it('counts client tokens against the key that minted them', async () => {
    const { call, backend } = await createTestApi();
    const minter = await backend.seedKey({ tier: 'free', scopes: ['tokens:create', 'sandbox:read'] });
    const { token } = (await call('POST', '/v1/tokens', { key: minter.secret, json: { scopes: ['sandbox:read'] } }))
      .body;
    const viaToken = await call('GET', '/v1/sandboxes', { key: token });
    expect(viaToken.headers.get('x-ratelimit-remaining')).toBe('98');
    const viaKey = await call('GET', '/v1/me', { key: minter.secret });
    expect(viaKey.headers.get('x-ratelimit-remaining')).toBe('97');
  });

  it('limits requests without a known key per client address on the free tier', async () => {
    const { call } = await createTestApi();
    for (let i = 0; i < 10; i++) await call('GET', '/v1/me', { clientIp: '192.0.2.1' });
    expect((await call('GET', '/v1/me', { clientIp: '192.0.2.1' })).status).toBe(429);
    expect((await call('GET', '/v1/me', { clientIp: '192.0.2.2' })).status).toBe(401);
  });

  it('still counts but never answers 429 with rateLimits: false', async () => {
    const { call, backend } = await createTestApi({ rateLimits: false });
    const { secret } = await backend.seedKey({ tier: 'free' });
    for (let i = 0; i < 120; i++) await call('GET', '/v1/me', { key: secret });
    const last = await call('GET', '/v1/me', { key: secret });
    expect(last.status).toBe(200);
    expect(last.headers.get('x-ratelimit-remaining')).toBe('0');
  });

  it('does not count CORS preflights', async () => {
    const { call, backend } = await createTestApi();
    const { secret } = await backend.seedKey({ tier: 'free' });
    for (let i = 0; i < 20; i++) await call('OPTIONS', '/v1/me', { headers: { Origin: 'https://a.example' } });
    expect((await call('GET', '/v1/me', { key: secret })).headers.get('x-ratelimit-remaining')).toBe('99');
  });
});
