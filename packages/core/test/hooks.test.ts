import { describe, expect, it, vi } from 'vitest';
import { bearerAuth, RunletClient } from '../src/index.js';
import { apiError, BASE, json, KEY, mockFetch, principal } from './helpers.js';

describe('the hooks option (ky hooks of your own)', () => {
  it('adds a tracing header to every attempt, after the SDK has authenticated the request', async () => {
    const { fetch, calls } = mockFetch(
      apiError(503, 'INTERNAL_ERROR', {}, { 'retry-after': '0' }),
      json(200, principal),
    );
    const seenAuthorization: (string | null)[] = [];
    let traces = 0;
    const client = new RunletClient({
      baseURL: BASE,
      fetch,
      auth: bearerAuth(KEY),
      hooks: {
        beforeRequest: [
          ({ request }) => {
            seenAuthorization.push(request.headers.get('authorization'));
            request.headers.set('x-trace-id', `trace-${++traces}`);
          },
        ],
        beforeRetry: [({ request }) => void request.headers.set('x-trace-id', `trace-${++traces}`)],
      },
    });
    await client.get('/v1/me');
    expect(seenAuthorization).toEqual([`Bearer ${KEY}`]);
    expect(calls.map((c) => c.request.headers.get('x-trace-id'))).toEqual(['trace-1', 'trace-2']);
    expect(calls.map((c) => c.request.headers.get('authorization'))).toEqual([`Bearer ${KEY}`, `Bearer ${KEY}`]);
  });

  it('logs request timings from afterResponse, and the call still resolves to its data', async () => {
    const { fetch } = mockFetch(json(200, principal));
    const log = vi.fn();
    const started = new WeakMap<Request, number>();
    const client = new RunletClient({
      baseURL: BASE,
      fetch,
      hooks: {
        beforeRequest: [({ request }) => void started.set(request, performance.now())],
        afterResponse: [
          ({ request, response }) =>
            log(`${request.method} ${new URL(request.url).pathname} ${response.status}`, performance.now()),
        ],
      },
    });
    await expect(client.get('/v1/me')).resolves.toEqual(principal);
    expect(log).toHaveBeenCalledWith('GET /v1/me 200', expect.any(Number));
  });

  it('lets an afterResponse hook read the body, as text and as JSON', async () => {
    const { fetch } = mockFetch(json(200, principal));
    const read: unknown[] = [];
    const client = new RunletClient({
      baseURL: BASE,
      fetch,
      hooks: {
        afterResponse: [
          async ({ response }) => void read.push(await response.json()),
          async ({ response }) => void read.push(JSON.parse(await response.text())),
        ],
      },
    });
    await expect(client.get('/v1/me')).resolves.toEqual(principal);
    expect(read).toEqual([principal, principal]);
  });

  it('runs per-call hooks for that call only, after the client’s', async () => {
    const { fetch, calls } = mockFetch(json(200, principal));
    const order: string[] = [];
    const client = new RunletClient({
      baseURL: BASE,
      fetch,
      hooks: { beforeRequest: [() => void order.push('client')] },
    });
    await client.get('/v1/me', {
      hooks: {
        beforeRequest: [
          ({ request }) => {
            order.push('call');
            request.headers.set('x-once', '1');
          },
        ],
      },
    });
    await client.get('/v1/me');
    expect(order).toEqual(['client', 'call', 'client']);
    expect(calls.map((c) => c.request.headers.get('x-once'))).toEqual(['1', null]);
  });

  it('lets beforeError see the Runlet request fail, and keeps the Runlet error class', async () => {
    const { fetch } = mockFetch(apiError(404, 'NOT_FOUND'));
    const beforeError = vi.fn(({ error }: { error: Error }) => error);
    const client = new RunletClient({ baseURL: BASE, fetch, hooks: { beforeError: [beforeError] } });
    await expect(client.get('/v1/me')).rejects.toMatchObject({ name: 'NotFoundError', code: 'NOT_FOUND' });
    expect(beforeError).toHaveBeenCalledTimes(1);
  });
});
