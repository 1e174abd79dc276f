import { describe, expect, it } from 'vitest';
import { createTestApi, T0 } from './support/api.js';

describe('usage and alerts', () => {
  it('counts requests and errors per key and UTC day, with lastUsedAt', async () => {
    const { call, backend, adminKey } = await createTestApi();
    const { key, secret } = await backend.seedKey({ scopes: ['sandbox:read'], tier: 'free' });
    backend.clock.set(T0 + 23 * 3_600_000);
    await call('GET', '/v1/sandboxes', { key: secret });
    await call('GET', '/v1/sandboxes/sbx_missing', { key: secret });
    backend.clock.set(T0 + 25 * 3_600_000);
    await call('GET', '/v1/keys', { key: secret });
    const usage = await call('GET', `/v1/keys/${key.id}/usage`, { key: adminKey });
    expect(usage.body).toMatchObject({
      object: 'key_usage',
      keyId: key.id,
      totalRequests: 3,
      byDay: [
        { date: '2026-01-01', requests: 2, errors: 1 },
        { date: '2026-01-02', requests: 1, errors: 1 },
      ],
      lastUsedAt: '2026-01-02T01:00:00Z',
      rateLimit: { tier: 'free', limit: 100, remaining: 99, burst: 10, reset: T0 / 1000 + 26 * 3600 },
      alert: null,
    });
    expect((await call('GET', `/v1/keys/${key.id}`, { key: adminKey })).body.lastUsedAt).toBe('2026-01-02T01:00:00Z');
  });

  it('reports only the last 30 days', async () => {
    const { call, backend, adminKey } = await createTestApi();
    const { key, secret } = await backend.seedKey();
    await call('GET', '/v1/me', { key: secret });
    backend.clock.set(T0 + 30 * 86_400_000);
    await call('GET', '/v1/me', { key: secret });
    const usage = await call('GET', `/v1/keys/${key.id}/usage`, { key: adminKey });
    expect(usage.body.byDay).toEqual([{ date: '2026-01-31', requests: 1, errors: 0 }]);
  });

  it('does not touch lastUsedAt when authentication fails', async () => {
    const { call, backend, adminKey } = await createTestApi();
    const { key, secret } = await backend.seedKey({ allowedIps: ['10.0.0.1'] });
    await call('GET', '/v1/me', { key: secret, clientIp: '10.0.0.2' });
    const fetched = await call('GET', `/v1/keys/${key.id}`, { key: adminKey });
    expect(fetched.body.lastUsedAt).toBeNull();
    const usage = await call('GET', `/v1/keys/${key.id}/usage`, { key: adminKey });
    expect(usage.body.byDay).toEqual([{ date: '2026-01-01', requests: 1, errors: 1 }]);
  });

  it('sets a usage alert and shows it in the usage', async () => {
    const { call, backend, adminKey } = await createTestApi();
    const { key } = await backend.seedKey();
    const alert = await call('PUT', `/v1/keys/${key.id}/alert`, { key: adminKey, json: { thresholdPercent: 80 } });
    expect(alert.body).toEqual({
      object: 'usage_alert',
      keyId: key.id,
      thresholdPercent: 80,
      updatedAt: '2026-01-01T00:00:00Z',
    });
    const usage = await call('GET', `/v1/keys/${key.id}/usage`, { key: adminKey });
    expect(usage.body.alert).toEqual(alert.body);
    const bad = await call('PUT', `/v1/keys/${key.id}/alert`, { key: adminKey, json: { thresholdPercent: 0 } });
    expect(bad.body.error.details.issues).toEqual([{ path: 'body.thresholdPercent', message: 'Must be at least 1.' }]);
    const missing = await call('GET', '/v1/keys/key_missing/usage', { key: adminKey });
    expect(missing.body.error.code).toBe('NOT_FOUND');
  });
});
