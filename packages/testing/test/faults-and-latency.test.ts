import { describe, expect, it } from 'vitest';
import { createTestApi } from './support/api.js';

describe('fault injection', () => {
  it('fails the next request with an error envelope, once by default', async () => {
    const { call, adminKey, backend } = await createTestApi();
    backend.failNext();
    const failed = await call('GET', '/v1/me', { key: adminKey });
    expect(failed.status).toBe(500);
    expect(failed.body.error).toMatchObject({ code: 'INTERNAL_ERROR', status: 500 });
    expect(failed.body.error.requestId).toBe(failed.headers.get('x-request-id'));
    expect((await call('GET', '/v1/me', { key: adminKey })).status).toBe(200);
  });

  it('derives the status from the code and the code from the status', async () => {
    const { call, adminKey, backend } = await createTestApi();
    backend.failNext({ code: 'CONFLICT' });
    backend.failNext({ status: 401 });
    backend.failNext({ status: 503, message: 'Down for maintenance.' });
    expect((await call('GET', '/v1/me', { key: adminKey })).body.error).toMatchObject({
      code: 'CONFLICT',
      status: 409,
    });
    expect((await call('GET', '/v1/me', { key: adminKey })).body.error).toMatchObject({
      code: 'UNAUTHORIZED',
      status: 401,
    });
    const down = await call('GET', '/v1/me', { key: adminKey });
    expect(down.body.error).toMatchObject({ code: 'INTERNAL_ERROR', status: 503, message: 'Down for maintenance.' });
  });

  it('fails with 429, Retry-After and error.retryAfter', async () => {
    const { call, adminKey, backend } = await createTestApi();
    backend.failNext({ status: 429, retryAfter: 30 });
    const limited = await call('GET', '/v1/me', { key: adminKey });
    expect(limited.headers.get('retry-after')).toBe('30');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.body.error).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfter: 30,
      message: 'Rate limit exceeded. Retry in 30 seconds.',
    });
    backend.failNext({ code: 'RATE_LIMITED' });
    expect((await call('GET', '/v1/me', { key: adminKey })).headers.get('retry-after')).toBe('1');
  });

  it('answers an HTML 502 page and an empty body', async () => {
    const { call, adminKey, backend } = await createTestApi();
    backend.failNext({ kind: 'html' });
    backend.failNext({ kind: 'empty', status: 200 });
    const html = await call('GET', '/v1/me', { key: adminKey });
    expect(html.status).toBe(502);
    expect(html.headers.get('content-type')).toBe('text/html');
    expect(html.text).toContain('<h1>502 Bad Gateway</h1>');
    const empty = await call('GET', '/v1/me', { key: adminKey });
    expect(empty).toMatchObject({ status: 200, text: '' });
    expect(empty.headers.get('content-type')).toBeNull();
  });

  it('resets the connection: handle() answers Response.error()', async () => {
    const { backend, adminKey } = await createTestApi();
    backend.failNext({ kind: 'reset' });
    const request = new Request('https://api.runlet.dev/v1/me', { headers: { Authorization: `Bearer ${adminKey}` } });
    const response = await backend.handle(request);
    expect(response.type).toBe('error');
    expect(backend.requests.at(-1)?.status).toBe(0);
  });

  it('matches faults by method and path (string or RegExp), times, first in first out', async () => {
    const { call, adminKey, backend } = await createTestApi();
    backend.failNext({ method: 'post', path: '/v1/sandboxes', status: 500, times: 2 });
    backend.failNext({ path: /\/v1\/keys\?limit=1$/, status: 503 });
    expect((await call('GET', '/v1/sandboxes', { key: adminKey })).status).toBe(200);
    expect((await call('POST', '/v1/sandboxes', { key: adminKey, json: {} })).status).toBe(500);
    expect((await call('POST', '/v1/sandboxes', { key: adminKey, json: {} })).status).toBe(500);
    expect((await call('POST', '/v1/sandboxes', { key: adminKey, json: {} })).status).toBe(201);
    expect((await call('GET', '/v1/keys?limit=2', { key: adminKey })).status).toBe(200);
    expect((await call('GET', '/v1/keys?limit=1', { key: adminKey })).status).toBe(503);
  });

  it('fails before the work by default, and after it with when: "after"', async () => {
    const { call, adminKey, backend } = await createTestApi();
    const headers = { 'Idempotency-Key': 'retry-me' };
    backend.failNext({ kind: 'reset' });
    await call('POST', '/v1/sandboxes', { key: adminKey, json: {}, headers: { 'Idempotency-Key': 'before' } }).catch(
      () => undefined,
    );
    expect((await call('GET', '/v1/sandboxes', { key: adminKey })).body.data).toHaveLength(0);
    backend.failNext({ when: 'after', status: 502, kind: 'html' });
    const lost = await call('POST', '/v1/sandboxes', { key: adminKey, json: {}, headers });
    expect(lost.status).toBe(502);
    const retried = await call('POST', '/v1/sandboxes', { key: adminKey, json: {}, headers });
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect((await call('GET', '/v1/sandboxes', { key: adminKey })).body.data).toHaveLength(1);
  });

  it('refuses faults that cannot be answered', async () => {
    const { backend } = await createTestApi();
    expect(() => backend.failNext({ times: 0 })).toThrow(/times/);
    expect(() => backend.failNext({ status: 302 })).toThrow(/400 to 599/);
    expect(() => backend.failNext({ status: 700, kind: 'empty' })).toThrow(/200 to 599/);
  });
});

describe('latency', () => {
  it('delays every response by the set latency until it is turned off', async () => {
    const { call, adminKey, backend } = await createTestApi();
    backend.setLatency(80);
    const started = performance.now();
    await call('GET', '/v1/me', { key: adminKey });
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    backend.setLatency(5000);
    backend.setLatency(0);
    const fast = performance.now();
    await call('GET', '/v1/me', { key: adminKey });
    expect(performance.now() - fast).toBeLessThan(2500);
    expect(() => backend.setLatency(-1)).toThrow(TypeError);
  });

  it('does no work for a client that gave up during the latency', async () => {
    const { backend, adminKey, call } = await createTestApi();
    backend.setLatency(10_000);
    const controller = new AbortController();
    const request = new Request('https://api.runlet.dev/v1/sandboxes', {
      method: 'POST',
      body: '{}',
      headers: { Authorization: `Bearer ${adminKey}` },
      signal: controller.signal,
    });
    const pending = backend.handle(request);
    controller.abort();
    expect((await pending).type).toBe('error');
    backend.setLatency(0);
    expect((await call('GET', '/v1/sandboxes', { key: adminKey })).body.data).toEqual([]);
  });
});
