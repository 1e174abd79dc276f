import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type KeySettings, mintKey } from '../src/backend/mint-key.js';
import { createStore } from '../src/backend/store.js';
import { createTestApi, T0 } from './support/api.js';

const SETTINGS: KeySettings = {
  name: 'x',
  environment: 'test',
  type: 'service',
  scopes: ['*'],
  profile: null,
  tier: 'pro',
  expiresAt: null,
  allowedIps: [],
  agentId: null,
  requireSignature: false,
  rotatedFrom: null,
};

describe('key lifecycle', () => {
  it('returns the secret and signing secret once, at creation', async () => {
    const { call, adminKey } = await createTestApi();
    const created = await call('POST', '/v1/keys', {
      key: adminKey,
      json: { name: 'ci-worker', scopes: ['sandbox:read'], environment: 'live', type: 'personal' },
    });
    expect(created.status).toBe(201);
    const { secret, signingSecret, id } = created.body;
    expect(secret).toMatch(/^rl_live_[0-9A-Za-z]{36}$/);
    expect(signingSecret).toMatch(/^rl_sig_[0-9A-Za-z]{36}$/);
    expect(created.body).toMatchObject({
      object: 'api_key',
      name: 'ci-worker',
      prefix: 'rl_live_',
      lastFour: secret.slice(-4),
      type: 'personal',
      environment: 'live',
      status: 'active',
      tier: 'pro',
      createdAt: '2026-01-01T00:00:00Z',
      rotatedFrom: null,
    });
    const fetched = await call('GET', `/v1/keys/${id}`, { key: adminKey });
    const listed = await call('GET', '/v1/keys', { key: adminKey });
    for (const text of [fetched.text, listed.text]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(signingSecret);
    }
    expect(fetched.body).not.toHaveProperty('secret');
    expect((await call('GET', '/v1/me', { key: secret })).body.keyId).toBe(id);
  });

  it('keeps no secret in its store, only the SHA-256 of the key and a CryptoKey for signing', async () => {
    const store = createStore();
    const { record, secret, signingSecret } = await mintKey(store, SETTINGS, T0);
    const strings: string[] = [];
    const seen = new Set<unknown>();
    const walk = (value: unknown) => {
      if (typeof value === 'string') strings.push(value);
      if (value === null || typeof value !== 'object' || seen.has(value)) return;
      seen.add(value);
      for (const child of value instanceof Map ? [...value.entries()].flat() : Object.values(value)) walk(child);
    };
    walk(store);
    expect(strings).toContain(createHash('sha256').update(secret).digest('hex'));
    expect(strings).toContain(record.id);
    expect(strings.filter((text) => text.includes(secret.slice(8, -4)))).toEqual([]);
    expect(strings.filter((text) => text.includes(signingSecret.slice(7)))).toEqual([]);
    expect(record.signingKey.extractable).toBe(false);
  });

  it('defaults a new key to the caller’s environment and tier, type service', async () => {
    const { call, backend } = await createTestApi();
    const { secret } = await backend.seedKey({ tier: 'free', environment: 'live' });
    const created = await call('POST', '/v1/keys', { key: secret, json: { name: 'x', scopes: ['*'] } });
    expect(created.body).toMatchObject({ environment: 'live', tier: 'free', type: 'service', prefix: 'rl_live_' });
  });

  it('revokes a key at once and answers INVALID_API_KEY afterwards', async () => {
    const { call, backend, adminKey } = await createTestApi();
    const { key, secret } = await backend.seedKey({ scopes: ['keys:read'] });
    expect((await call('GET', '/v1/me', { key: secret })).status).toBe(200);
    const revoked = await call('DELETE', `/v1/keys/${key.id}`, { key: adminKey });
    expect(revoked.body).toMatchObject({ status: 'revoked', revokedAt: '2026-01-01T00:00:00Z' });
    const refused = await call('GET', '/v1/me', { key: secret });
    expect(refused.body.error.code).toBe('INVALID_API_KEY');
    expect(refused.body.error.message).toContain('revoked');
    const again = await call('DELETE', `/v1/keys/${key.id}`, { key: adminKey });
    expect(again.body.error.code).toBe('CONFLICT');
    const patch = await call('PATCH', `/v1/keys/${key.id}`, { key: adminKey, json: { name: 'y' } });
    expect(patch.body.error.code).toBe('CONFLICT');
  });

  it('updates name, scopes and expiry; null removes the expiry', async () => {
    const { call, backend, adminKey } = await createTestApi();
    const { key } = await backend.seedKey({ expiresAt: '2026-06-01T00:00:00Z' });
    const renamed = await call('PATCH', `/v1/keys/${key.id}`, {
      key: adminKey,
      json: { name: 'renamed', expiresAt: '2026-03-01T00:00:00Z' },
    });
    expect(renamed.body).toMatchObject({ name: 'renamed', expiresAt: '2026-03-01T00:00:00Z' });
    const cleared = await call('PATCH', `/v1/keys/${key.id}`, { key: adminKey, json: { expiresAt: null } });
    expect(cleared.body.expiresAt).toBeNull();
    const past = await call('PATCH', `/v1/keys/${key.id}`, {
      key: adminKey,
      json: { expiresAt: '2025-01-01T00:00:00Z' },
    });
    expect(past.body.error.details.issues).toEqual([{ path: 'body.expiresAt', message: 'Must be in the future.' }]);
    const missing = await call('PATCH', '/v1/keys/key_0000000000000000', { key: adminKey, json: {} });
    expect(missing.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'No key key_0000000000000000.' });
  });

  it('needs an expiry for a temporary key', async () => {
    const { call, adminKey } = await createTestApi();
    const result = await call('POST', '/v1/keys', {
      key: adminKey,
      json: { name: 't', scopes: ['keys:read'], type: 'temporary' },
    });
    expect(result.body.error.details.issues).toEqual([
      { path: 'body.expiresAt', message: 'A temporary key needs an expiry.' },
    ]);
  });

  it('rotates a key: the old one works for exactly the grace period, then EXPIRED_API_KEY', async () => {
    const { call, backend, adminKey } = await createTestApi();
    const { key, secret } = await backend.seedKey({
      scopes: ['keys:read'],
      allowedIps: ['10.0.0.0/8'],
      agentId: 'agt_x',
    });
    const rotated = await call('POST', `/v1/keys/${key.id}/rotate`, {
      key: adminKey,
      json: { gracePeriodSeconds: 3600 },
    });
    expect(rotated.status).toBe(201);
    expect(rotated.body).toMatchObject({
      rotatedFrom: key.id,
      previousKeyId: key.id,
      previousKeyExpiresAt: '2026-01-01T01:00:00Z',
      scopes: ['keys:read'],
      allowedIps: ['10.0.0.0/8'],
      agentId: 'agt_x',
      status: 'active',
    });
    expect(rotated.body.secret).not.toBe(secret);
    expect(rotated.body.signingSecret).toMatch(/^rl_sig_/);
    const old = await call('GET', `/v1/keys/${key.id}`, { key: adminKey });
    expect(old.body).toMatchObject({ status: 'rotated', graceExpiresAt: '2026-01-01T01:00:00Z' });
    backend.clock.advance(3_599_999);
    expect((await call('GET', '/v1/me', { key: secret, clientIp: '10.1.2.3' })).status).toBe(200);
    backend.clock.advance(1);
    const expired = await call('GET', '/v1/me', { key: secret, clientIp: '10.1.2.3' });
    expect(expired.body.error.code).toBe('EXPIRED_API_KEY');
    expect(expired.body.error.message).toContain(rotated.body.id);
    expect((await call('GET', `/v1/keys/${key.id}`, { key: adminKey })).body.status).toBe('expired');
  });

  it('keeps the old key for seven days by default, and revokes it at once with a grace period of 0', async () => {
    const { call, backend, adminKey } = await createTestApi();
    const { key } = await backend.seedKey();
    const byDefault = await call('POST', `/v1/keys/${key.id}/rotate`, { key: adminKey });
    expect(byDefault.body.previousKeyExpiresAt).toBe(new Date(T0 + 604_800_000).toISOString().replace('.000', ''));
    const { key: other, secret } = await backend.seedKey();
    const now = await call('POST', `/v1/keys/${other.id}/rotate`, { key: adminKey, json: { gracePeriodSeconds: 0 } });
    expect(now.body.previousKeyExpiresAt).toBe('2026-01-01T00:00:00Z');
    expect((await call('GET', `/v1/keys/${other.id}`, { key: adminKey })).body.status).toBe('revoked');
    expect((await call('GET', '/v1/me', { key: secret })).body.error.code).toBe('INVALID_API_KEY');
    const newKey = await call('GET', '/v1/me', { key: now.body.secret });
    expect(newKey.body.keyId).toBe(now.body.id);
  });

  it('refuses to rotate a key twice, a revoked key or an expired one', async () => {
    const { call, backend, adminKey } = await createTestApi();
    const { key } = await backend.seedKey();
    const first = await call('POST', `/v1/keys/${key.id}/rotate`, { key: adminKey });
    const twice = await call('POST', `/v1/keys/${key.id}/rotate`, { key: adminKey });
    expect(twice.body.error.code).toBe('CONFLICT');
    expect(twice.body.error.message).toContain(first.body.id);
    const { key: expired } = await backend.seedKey({ expiresAt: '2025-12-31T00:00:00Z' });
    expect((await call('POST', `/v1/keys/${expired.id}/rotate`, { key: adminKey })).body.error.code).toBe('CONFLICT');
    await call('DELETE', `/v1/keys/${first.body.id}`, { key: adminKey });
    const revoked = await call('POST', `/v1/keys/${first.body.id}/rotate`, { key: adminKey });
    expect(revoked.body.error.code).toBe('CONFLICT');
  });
});
