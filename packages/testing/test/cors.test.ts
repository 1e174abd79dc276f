import { describe, expect, it } from 'vitest';
import { createTestApi } from './support/api.js';

describe('CORS', () => {
  it('answers a preflight with the allowed methods and headers, reflecting the Origin', async () => {
    const { call } = await createTestApi();
    const preflight = await call('OPTIONS', '/v1/tokens', {
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.text).toBe('');
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'Authorization, Content-Type, Idempotency-Key, Last-Event-ID, X-API-Key, X-Timestamp, X-Signature, X-Runlet-Client',
    );
    expect(preflight.headers.get('x-request-id')).toMatch(/^req_/);
  });

  it('exposes the SDK headers on answers, errors included, to a page on another origin', async () => {
    const { call, adminKey } = await createTestApi();
    for (const key of [adminKey, undefined]) {
      const result = await call('GET', '/v1/me', {
        headers: { Origin: 'http://localhost:4173' },
        ...(key ? { key } : {}),
      });
      expect(result.headers.get('access-control-allow-origin')).toBe('http://localhost:4173');
      expect(result.headers.get('access-control-expose-headers')).toBe(
        'X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After, Idempotent-Replayed',
      );
      expect(result.headers.get('vary')).toBe('Origin');
    }
  });

  it('sends no Allow-Origin without an Origin', async () => {
    const { call, adminKey } = await createTestApi();
    expect((await call('GET', '/v1/me', { key: adminKey })).headers.has('access-control-allow-origin')).toBe(false);
  });
});
