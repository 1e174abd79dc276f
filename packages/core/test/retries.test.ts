import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  AuthenticationError,
  bearerAuth,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RunletClient,
  ValidationError,
} from '../src/index.js';
import { apiError, apiKey, BASE, json, KEY, mockFetch, principal, settle } from './helpers.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const created = { ...apiKey(1), secret: KEY };

describe('retries', () => {
  it.each([408, 409, 429, 500, 502, 503])('retries a GET after %i and succeeds', async (status) => {
    const { fetch, calls } = mockFetch(apiError(status, 'INTERNAL_ERROR'), json(200, principal));
    const client = new RunletClient({ baseURL: BASE, fetch, random: () => 0 });
    const { value } = await settle(client.get('/v1/me'));
    expect(value).toMatchObject({ keyId: principal.keyId });
    expect(calls).toHaveLength(2);
  });

  it('retries network errors', async () => {
    const { fetch, calls } = mockFetch(new TypeError('fetch failed'), json(200, principal));
    const client = new RunletClient({ baseURL: BASE, fetch });
    expect((await settle(client.get('/v1/me'))).value).toBeDefined();
    expect(calls).toHaveLength(2);
  });

  it('gives up after maxRetries and throws the last error', async () => {
    const { fetch, calls } = mockFetch(apiError(503, 'INTERNAL_ERROR'));
    const client = new RunletClient({ baseURL: BASE, fetch, maxRetries: 3 });
    const { error } = await settle(client.get('/v1/me'));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(calls).toHaveLength(4);
  });

  it('wraps a network failure that never recovers in APIConnectionError with the cause', async () => {
    const cause = new TypeError('fetch failed');
    const client = new RunletClient({ baseURL: BASE, fetch: mockFetch(cause).fetch, maxRetries: 1 });
    const { error } = await settle(client.get('/v1/me'));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).cause).toBe(cause);
    expect((error as Error).message).toBe('Could not reach the Runlet API at https://api.runlet.test: GET /v1/me');
  });

  it('names the origin and the reason fetch hides in its cause (ECONNREFUSED, ENOTFOUND, TLS)', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    const cause = new TypeError('fetch failed', { cause: refused });
    const client = new RunletClient({ baseURL: BASE, fetch: mockFetch(cause).fetch, maxRetries: 0 });
    const { error } = await settle(client.get('/v1/me'));
    expect((error as Error).message).toBe(
      'Could not reach the Runlet API at https://api.runlet.test (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9): GET /v1/me',
    );
  });

  it('does not retry a 400, 401, 403 or 404', async () => {
    for (const [status, code, errorClass] of [
      [400, 'VALIDATION_ERROR', ValidationError],
      [401, 'INVALID_API_KEY', AuthenticationError],
      [403, 'FORBIDDEN', PermissionDeniedError],
      [404, 'NOT_FOUND', NotFoundError],
    ] as const) {
      const { fetch, calls } = mockFetch(apiError(status, code));
      const { error } = await settle(new RunletClient({ baseURL: BASE, fetch }).get('/v1/me'));
      expect(error).toBeInstanceOf(errorClass);
      expect(error).toMatchObject({ status, code });
      expect(calls).toHaveLength(1);
    }
  });

  it('backs off 0.5 s · 2ⁿ with up to 25 % jitter', async () => {
    const delays: number[] = [];
    const { fetch } = mockFetch(apiError(500, 'INTERNAL_ERROR'));
    const client = new RunletClient({ baseURL: BASE, fetch, maxRetries: 6, onRetry: (r) => delays.push(r.delay) });
    await settle(client.get('/v1/me'));
    expect(delays).toHaveLength(6);
    const bases = [500, 1000, 2000, 4000, 8000, 8000];
    delays.forEach((delay, i) => {
      expect(delay).toBeLessThanOrEqual(bases[i] as number);
      expect(delay).toBeGreaterThanOrEqual((bases[i] as number) * 0.75);
    });
  });

  it('keeps one generated Idempotency-Key across the attempts of a POST', async () => {
    const { fetch, calls } = mockFetch(
      apiError(500, 'INTERNAL_ERROR'),
      apiError(502, 'INTERNAL_ERROR'),
      json(201, created),
    );
    const client = new RunletClient({ baseURL: BASE, fetch, auth: bearerAuth(KEY) });
    await settle(client.post('/v1/keys', { body: { name: 'ci', scopes: ['keys:read'] } }));
    const keys = calls.map((c) => c.request.headers.get('idempotency-key'));
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^rl-idem-[0-9a-f-]{36}$/);
    expect(calls.map((c) => c.body)).toEqual(Array(3).fill('{"name":"ci","scopes":["keys:read"]}'));
  });

  it('keeps one Idempotency-Key across the attempts of a DELETE and a PUT too, and sends none on a GET', async () => {
    const { fetch, calls } = mockFetch(apiError(503, 'INTERNAL_ERROR', {}, { 'retry-after': '0' }), json(200, {}));
    const client = new RunletClient({ baseURL: BASE, fetch, validate: 'off' });
    await settle(client.delete('/v1/keys/{keyId}', { params: { path: { keyId: 'key_7Hq2Lm9Xz1Pa4Rt6' } } }));
    const keys = calls.map((c) => c.request.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^rl-idem-/);
    expect(keys[1]).toBe(keys[0]);
    await settle(client.get('/v1/me'));
    expect(calls.at(-1)?.request.headers.get('idempotency-key')).toBeNull();
  });

  it('uses a new Idempotency-Key for each logical call', async () => {
    const { fetch, calls } = mockFetch(json(201, created));
    const client = new RunletClient({ baseURL: BASE, fetch });
    await settle(client.post('/v1/keys', { body: { name: 'a', scopes: ['keys:read'] } }));
    await settle(client.post('/v1/keys', { body: { name: 'a', scopes: ['keys:read'] } }));
    expect(calls[0]?.request.headers.get('idempotency-key')).not.toBe(calls[1]?.request.headers.get('idempotency-key'));
  });

  it("lets the caller's own Idempotency-Key win", async () => {
    const { fetch, calls } = mockFetch(apiError(500, 'INTERNAL_ERROR'), json(201, created));
    const client = new RunletClient({ baseURL: BASE, fetch });
    await settle(client.post('/v1/keys', { body: { name: 'a', scopes: ['keys:read'] }, idempotencyKey: 'mine-1' }));
    expect(calls.map((c) => c.request.headers.get('idempotency-key'))).toEqual(['mine-1', 'mine-1']);
  });

  it('does not retry a POST sent without an Idempotency-Key', async () => {
    const { fetch, calls } = mockFetch(apiError(500, 'INTERNAL_ERROR'), json(201, created));
    const client = new RunletClient({ baseURL: BASE, fetch });
    const { error } = await settle(
      client.post('/v1/keys', { body: { name: 'a', scopes: ['keys:read'] }, idempotencyKey: false }),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.request.headers.has('idempotency-key')).toBe(false);
  });

  it('runs the auth strategy again on every attempt', async () => {
    let n = 0;
    const { fetch, calls } = mockFetch(
      apiError(503, 'INTERNAL_ERROR'),
      apiError(503, 'INTERNAL_ERROR'),
      json(200, principal),
    );
    const client = new RunletClient({
      baseURL: BASE,
      fetch,
      auth: { authenticate: (headers) => void headers.set('x-attempt', String(++n)) },
    });
    await settle(client.get('/v1/me'));
    expect(calls.map((c) => c.request.headers.get('x-attempt'))).toEqual(['1', '2', '3']);
  });

  it('calls onRetry and logs a debug line per retry', async () => {
    const debug = vi.fn();
    const onRetry = vi.fn();
    const { fetch } = mockFetch(apiError(500, 'INTERNAL_ERROR'), json(200, principal));
    const logger = { debug, info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const client = new RunletClient({ baseURL: BASE, fetch, onRetry, logger, logLevel: 'debug', random: () => 0 });
    await settle(client.get('/v1/me'));
    expect(onRetry).toHaveBeenCalledWith(
      expect.objectContaining({ method: 'GET', path: '/v1/me', retry: 1, maxRetries: 2, delay: 500 }),
    );
    expect(debug).toHaveBeenCalledWith(
      '[runlet] retrying GET /v1/me in 500 ms (retry 1 of 2) after 500 INTERNAL_ERROR',
    );
  });

  it('retries once with fresh credentials when the strategy asks to after a 401', async () => {
    const tokens = ['first', 'second'];
    const { fetch, calls } = mockFetch(apiError(401, 'TOKEN_EXPIRED'), apiError(401, 'TOKEN_EXPIRED'));
    const onAuthError = vi.fn(() => true);
    const client = new RunletClient({
      baseURL: BASE,
      fetch,
      auth: { authenticate: (headers) => void headers.set('authorization', `Bearer ${tokens.shift()}`), onAuthError },
    });
    const { error } = await settle(client.get('/v1/me'));
    expect(error).toMatchObject({ status: 401, code: 'TOKEN_EXPIRED' });
    expect(calls.map((c) => c.request.headers.get('authorization'))).toEqual(['Bearer first', 'Bearer second']);
    expect(onAuthError).toHaveBeenCalledTimes(1);
  });
});
