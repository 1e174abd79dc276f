import { createToken } from '@runlet/types';
import { describe, expect, it } from 'vitest';
import { createRunletBackend } from '../src/index.js';
import { callBackend, createTestApi, T0 } from './support/api.js';

describe('the backend clock', () => {
  it('runs with real time from its start unless frozen, and moves with advance and set', async () => {
    const running = createRunletBackend({ now: T0 });
    const before = running.clock.now();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(running.clock.now() - before).toBeGreaterThanOrEqual(25);
    const frozen = createRunletBackend({ now: T0, freezeClock: true });
    frozen.clock.advance(1500);
    expect(frozen.clock.now()).toBe(T0 + 1500);
    frozen.clock.set(T0 - 1000);
    expect(frozen.clock.now()).toBe(T0 - 1000);
    const real = createRunletBackend();
    expect(Math.abs(real.clock.now() - Date.now())).toBeLessThan(1000);
  });
});

describe('seeding', () => {
  it('seeds an admin-like pro test key by default', async () => {
    const { backend } = await createTestApi();
    const { key, secret, signingSecret } = await backend.seedKey();
    expect(key).toMatchObject({ scopes: ['*'], tier: 'pro', environment: 'test', type: 'service', status: 'active' });
    expect(secret).toMatch(/^rl_test_/);
    expect(signingSecret).toMatch(/^rl_sig_/);
  });

  it('seeds a key with a given secret and signing secret, taking the environment from the secret', async () => {
    const { backend, call } = await createTestApi();
    const secret = createToken('rl_live_');
    const signingSecret = createToken('rl_sig_');
    const seeded = await backend.seedKey({ secret, signingSecret, profile: 'read-only' });
    expect(seeded).toMatchObject({ secret, signingSecret, key: { environment: 'live', lastFour: secret.slice(-4) } });
    expect((await call('GET', '/v1/me', { key: secret })).body.scopes).toEqual([
      'keys:read',
      'sandbox:read',
      'agent:read',
    ]);
    await expect(backend.seedKey({ secret })).rejects.toThrow(/already exists/);
  });

  it('refuses seed input that cannot make a key, without echoing secrets', async () => {
    const { backend } = await createTestApi();
    const valid = createToken('rl_test_');
    const broken = `${valid.slice(0, -1)}${valid.endsWith('x') ? 'y' : 'x'}`; // one character off: a bad checksum
    const error = await backend.seedKey({ secret: broken }).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain('checksum');
    expect((error as Error).message).not.toContain(broken);
    await expect(backend.seedKey({ secret: createToken('rl_test_'), environment: 'live' })).rejects.toThrow(
      /environment/,
    );
    await expect(backend.seedKey({ signingSecret: createToken('rl_ct_') })).rejects.toThrow(/signing secret/);
    await expect(backend.seedKey({ scopes: ['*'], profile: 'admin' })).rejects.toThrow(/not both/);
    await expect(backend.seedKey({ allowedIps: ['nope'] })).rejects.toThrow(/neither an IP/);
    await expect(backend.seedKey({ expiresAt: 'soon' })).rejects.toThrow(/RFC 3339/);
    expect(() => createRunletBackend({ tiers: { free: { limit: 0, burst: 1 } } })).toThrow(/tiers.free.limit/);
  });

  it('seeds agents and sandboxes that the API then serves', async () => {
    const { backend, call, adminKey } = await createTestApi();
    const agent = backend.seedAgent({ id: 'agt_custom', name: 'custom', model: 'm' });
    expect(agent).toMatchObject({
      object: 'agent',
      id: 'agt_custom',
      description: '',
      createdAt: '2026-01-01T00:00:00Z',
    });
    expect((await call('GET', '/v1/agents/agt_custom', { key: adminKey })).body).toEqual(agent);
    const sandbox = backend.seedSandbox({ status: 'paused', createdAt: '2025-12-01T00:00:00Z', metadata: { a: 'b' } });
    expect(sandbox).toMatchObject({ status: 'paused', updatedAt: '2025-12-01T00:00:00Z', image: 'runlet/base' });
    expect((await call('GET', `/v1/sandboxes/${sandbox.id}`, { key: adminKey })).body).toEqual(sandbox);
  });
});

describe('reset', () => {
  it('returns to a fresh state but keeps persistent keys', async () => {
    const backend = createRunletBackend({ now: T0, freezeClock: true });
    const kept = await backend.seedKey({ persistent: true, name: 'kept' });
    const dropped = await backend.seedKey();
    backend.seedAgent({ id: 'agt_extra' });
    backend.seedSandbox();
    await callBackend(backend, 'GET', '/v1/me', { key: kept.secret });
    backend.clock.advance(60_000);
    backend.setLatency(5);
    backend.failNext({ times: 5 });
    backend.reset();
    expect(backend.requests).toEqual([]);
    expect(backend.clock.now()).toBe(T0);
    const me = await callBackend(backend, 'GET', '/v1/me', { key: kept.secret });
    expect(me.status).toBe(200);
    expect(me.body.keyId).toBe(kept.key.id);
    expect(me.headers.get('x-ratelimit-remaining')).toBe('999');
    const keys = await callBackend(backend, 'GET', '/v1/keys', { key: kept.secret });
    expect(keys.body.data).toEqual([{ ...kept.key, lastUsedAt: '2026-01-01T00:00:00Z' }]);
    expect((await callBackend(backend, 'GET', '/v1/me', { key: dropped.secret })).body.error.code).toBe(
      'INVALID_API_KEY',
    );
    const agents = await callBackend(backend, 'GET', '/v1/agents', { key: kept.secret });
    expect(agents.body.data.map((agent: { name: string }) => agent.name)).toEqual(['echo', 'summarizer', 'triage']);
    expect((await callBackend(backend, 'GET', '/v1/sandboxes', { key: kept.secret })).body.data).toEqual([]);
  });
});
