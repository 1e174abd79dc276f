import { describe, expect, it } from 'vitest';
import { createTestApi, T0 } from './support/api.js';

describe('the request log', () => {
  it('records method, path with query, headers, body, status, key and time of every request', async () => {
    const { call, backend, adminKey } = await createTestApi();
    const { key } = await backend.seedKey();
    backend.clock.advance(1000);
    await call('POST', '/v1/sandboxes?x=1', {
      key: adminKey,
      json: { image: 'a' },
      headers: { 'Idempotency-Key': 'k1' },
      clientIp: '192.0.2.7',
    });
    await call('GET', '/v1/me');
    const [created, anonymous] = backend.requests;
    expect(created).toMatchObject({
      method: 'POST',
      path: '/v1/sandboxes?x=1',
      url: 'https://api.runlet.dev/v1/sandboxes?x=1',
      body: '{"image":"a"}',
      status: 201,
      operationId: 'createSandbox',
      clientIp: '192.0.2.7',
      tokenId: null,
      time: T0 + 1000,
    });
    expect(created?.headers['idempotency-key']).toBe('k1');
    expect(created?.keyId).not.toBe(key.id);
    expect(created?.requestId).toBe(created?.responseHeaders['x-request-id']);
    expect(JSON.parse(created?.responseBody ?? '').image).toBe('a');
    expect(anonymous).toMatchObject({ status: 401, keyId: null, operationId: 'getMe' });
  });

  it('is a snapshot that later requests do not change', async () => {
    const { call, backend, adminKey } = await createTestApi();
    await call('GET', '/v1/me', { key: adminKey });
    const snapshot = backend.requests;
    await call('GET', '/v1/me', { key: adminKey });
    expect(snapshot).toHaveLength(1);
    expect(backend.requests).toHaveLength(2);
  });

  it('keeps only the newest maxLoggedRequests entries', async () => {
    const { call, backend, adminKey } = await createTestApi({ maxLoggedRequests: 3 });
    for (const limit of [1, 2, 3, 4, 5]) await call('GET', `/v1/keys?limit=${limit}`, { key: adminKey });
    expect(backend.requests.map((r) => r.path)).toEqual(['/v1/keys?limit=3', '/v1/keys?limit=4', '/v1/keys?limit=5']);
  });
});
