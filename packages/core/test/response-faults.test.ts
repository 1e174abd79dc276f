// What the wire can do to a response: redirect it, cut it short, garble it, make it huge.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  APIRedirectError,
  bearerAuth,
  ResponseTooLargeError,
  ResponseValidationError,
  RunletClient,
} from '../src/index.js';
import { BASE, json, KEY, mockFetch, principal, settle } from './helpers.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A 200 whose body stream fails after `head`, as a dropped connection does mid-body. */
function cutShort(head: string): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(head));
      controller.error(new TypeError('terminated'));
    },
  });
  return new Response(stream, { status: 200, headers: { 'content-type': 'application/json' } });
}

const garbled = () =>
  new Response('{"object":"princ', { status: 200, headers: { 'content-type': 'application/json' } });

describe('redirects', () => {
  it('refuses a redirect to another origin, naming its origin but never its path or query, and sends nothing there', async () => {
    const { fetch, calls } = mockFetch(
      new Response(null, { status: 307, headers: { location: 'https://evil.example/steal?token=abc' } }),
    );
    const client = new RunletClient({ baseURL: BASE, fetch, auth: bearerAuth(KEY) });
    const { error } = await settle(client.post('/v1/keys', { body: { name: 'x', profile: 'admin' } }));
    expect(error).toBeInstanceOf(APIRedirectError);
    expect(error).toMatchObject({ status: 307, location: 'https://evil.example' });
    expect(String((error as Error).message)).not.toContain('token=abc');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.request.redirect).toBe('manual');
  });
});

describe('a 2xx body that is cut short or garbled', () => {
  it('retries a GET whose body was cut short, like a dropped connection', async () => {
    const { fetch, calls } = mockFetch(cutShort('{"object":'), json(200, principal));
    const client = new RunletClient({ baseURL: BASE, fetch });
    await expect(settle(client.get('/v1/me'))).resolves.toMatchObject({ value: principal });
    expect(calls).toHaveLength(2);
  });

  it('retries an idempotency-keyed POST whose body was garbled, with the same key', async () => {
    const created = { ...principal };
    const { fetch, calls } = mockFetch(garbled(), json(200, created));
    const client = new RunletClient({ baseURL: BASE, fetch, validate: 'off' });
    await settle(client.post('/v1/keys', { body: { name: 'x', profile: 'admin' } }));
    expect(calls).toHaveLength(2);
    const keys = calls.map((c) => c.request.headers.get('idempotency-key'));
    expect(keys[0]).toBe(keys[1]);
  });

  it('does not retry a POST without an Idempotency-Key, and says the body was garbled, not to change validate', async () => {
    const { fetch, calls } = mockFetch(garbled());
    const client = new RunletClient({ baseURL: BASE, fetch });
    const { error } = await settle(
      client.post('/v1/keys', { body: { name: 'x', profile: 'admin' }, idempotencyKey: false }),
    );
    expect(calls).toHaveLength(1);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toMatch(/not JSON .*garbled or cut short/);
    expect((error as Error).message).not.toContain("validate: 'warn'");
  });

  it('throws APIConnectionError once the retries of a body cut short run out', async () => {
    const { fetch, calls } = mockFetch(() => cutShort('{"obj'));
    const { error } = await settle(new RunletClient({ baseURL: BASE, fetch, maxRetries: 1 }).get('/v1/me'));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/cut short/);
    expect(calls).toHaveLength(2);
  });

  it('never quotes a secret from a body that is not JSON', async () => {
    const secret = KEY;
    const { fetch } = mockFetch(() => new Response(`oops ${secret} echoed`, { status: 200 }));
    const { error } = await settle(new RunletClient({ baseURL: BASE, fetch, maxRetries: 0 }).get('/v1/me'));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(JSON.stringify((error as ResponseValidationError).issues)).not.toContain(secret);
    expect((error as Error).message).not.toContain(secret);
    expect((error as Error).message).toContain(`rl_test_…${secret.slice(-4)}`);
  });
});

describe('maxResponseBytes', () => {
  it('stops reading a streamed body past the limit and throws ResponseTooLargeError, without retrying', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(32);
    let sent = 0;
    const endless = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            sent += chunk.byteLength;
            controller.enqueue(chunk);
          },
        }),
        { status: 200 },
      );
    const { fetch, calls } = mockFetch(endless);
    const client = new RunletClient({ baseURL: BASE, fetch, maxResponseBytes: 256 * 1024 });
    const { error } = await settle(client.get('/v1/me'));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ limit: 256 * 1024, method: 'GET', path: '/v1/me' });
    expect(sent).toBeLessThan(1024 * 1024);
    expect(calls).toHaveLength(1);
  });

  it('refuses at once a body whose Content-Length is past the limit', async () => {
    const { fetch } = mockFetch(
      () => new Response('x'.repeat(2000), { status: 200, headers: { 'content-length': '2000' } }),
    );
    const { error } = await settle(new RunletClient({ baseURL: BASE, fetch, maxResponseBytes: 1000 }).get('/v1/me'));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it('reads a body at the limit', async () => {
    const body = JSON.stringify(principal);
    const { fetch } = mockFetch(json(200, principal));
    const client = new RunletClient({ baseURL: BASE, fetch, maxResponseBytes: body.length });
    await expect(settle(client.get('/v1/me'))).resolves.toMatchObject({ value: principal });
  });
});
