import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { schemas } from '@runlet/types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRunletBackend, createRunletHandlers } from '../src/index.js';
import { isLoopbackAddress } from '../src/server/control-access.js';
import { createRequestListener } from '../src/server/create-request-listener.js';
import { type RunletMockServer, startRunletMockServer } from '../src/server/index.js';
import { signatureHeaders, T0, trackBackend } from './support/api.js';

let mock: RunletMockServer;

beforeAll(async () => {
  mock = await startRunletMockServer({
    backend: createRunletBackend({ now: T0, freezeClock: true, validateResponses: true }),
  });
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.backend.reset();
  trackBackend(mock.backend);
});

/** One control request over HTTP; `body` is sent as JSON unless it is a string. */
async function control(method: string, path: string, body?: unknown, url = mock.url) {
  const response = await fetch(`${url}/__runlet${path}`, {
    method,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    headers: { 'Content-Type': 'application/json' },
  });
  const text = await response.text();
  // biome-ignore lint/suspicious/noExplicitAny: control answers are read freely in assertions.
  const json: any = text === '' ? undefined : JSON.parse(text);
  return { status: response.status, headers: response.headers, json };
}

const api = (path: string, init: RequestInit = {}, key = mock.adminKey) =>
  fetch(`${mock.url}${path}`, { ...init, headers: { Authorization: `Bearer ${key}`, ...init.headers } });

/** A raw node:http request, which may set Host and Origin as a browser or a proxy would. */
function rawRequest(
  port: number,
  options: { method?: string; path: string; host?: string; headers?: Record<string, string>; address?: string },
) {
  return new Promise<{ status: number; json: unknown }>((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: options.address ?? '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        setHost: false,
        headers: { Host: options.host ?? `127.0.0.1:${port}`, ...options.headers },
      },
      (incoming) => {
        let text = '';
        incoming.on('data', (chunk) => {
          text += chunk;
        });
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, json: text ? JSON.parse(text) : null }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

function expectValidationError(answer: { status: number; json: unknown }, paths: string[]) {
  expect(answer.status).toBe(400);
  expect(schemas.ErrorEnvelope.safeParse(answer.json).success).toBe(true);
  const { error } = answer.json as { error: { code: string; details: { issues: { path: string }[] } } };
  expect(error.code).toBe('VALIDATION_ERROR');
  expect(error.details.issues.map((issue) => issue.path)).toEqual(paths);
}

describe('the control API of the HTTP server', () => {
  it('lists its endpoints at /__runlet', async () => {
    const { status, json } = await control('GET', '');
    expect(status).toBe(200);
    expect(json.endpoints).toEqual([
      'GET /__runlet',
      'POST /__runlet/faults',
      'PUT /__runlet/latency',
      'GET /__runlet/clock',
      'PUT /__runlet/clock',
      'POST /__runlet/clock/advance',
      'POST /__runlet/keys',
      'POST /__runlet/agents',
      'POST /__runlet/sandboxes',
      'POST /__runlet/reset',
      'GET /__runlet/requests',
    ]);
  });

  it('queues a fault with method, path and times, as failNext does', async () => {
    const queued = await control('POST', '/faults', { status: 503, method: 'get', path: '/v1/me', times: 2 });
    expect(queued).toMatchObject({ status: 201, json: { fault: { status: 503, method: 'get', times: 2 } } });
    expect((await api('/v1/agents')).status).toBe(200);
    expect((await api('/v1/me')).status).toBe(503);
    expect((await api('/v1/me')).status).toBe(503);
    expect((await api('/v1/me')).status).toBe(200);
  });

  it('takes a RegExp path as pathPattern (and pathFlags), and code, message and retryAfter', async () => {
    await control('POST', '/faults', {
      pathPattern: '^/V1/AGENTS\\?',
      pathFlags: 'i',
      code: 'RATE_LIMITED',
      message: 'Slow down.',
      retryAfter: 7,
    });
    expect((await api('/v1/agents')).status).toBe(200);
    const limited = await api('/v1/agents?limit=1');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(await limited.json()).toMatchObject({
      error: { code: 'RATE_LIMITED', message: 'Slow down.', retryAfter: 7 },
    });
  });

  it('takes kind and when: a reset after the work drops the connection of a request that took effect', async () => {
    await control('POST', '/faults', { kind: 'html' });
    const html = await api('/v1/me');
    expect([html.status, html.headers.get('content-type')]).toEqual([502, 'text/html']);
    await control('POST', '/faults', { kind: 'reset', when: 'after', method: 'POST', path: '/v1/sandboxes' });
    const created = api('/v1/sandboxes', {
      method: 'POST',
      body: JSON.stringify({ image: 'a' }),
      headers: { 'Content-Type': 'application/json' },
    });
    await expect(created).rejects.toThrow(TypeError);
    expect((await (await api('/v1/sandboxes')).json()).data).toHaveLength(1);
  });

  it('sets the latency of every API response, and turns it off with 0', async () => {
    expect(await control('PUT', '/latency', { ms: 150 })).toMatchObject({ status: 200, json: { ms: 150 } });
    let started = performance.now();
    await api('/v1/me');
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    await control('PUT', '/latency', { ms: 0 });
    started = performance.now();
    await control('GET', '/clock');
    await api('/v1/me');
    expect(performance.now() - started).toBeLessThan(140);
  });

  it('reads, sets and advances the backend clock', async () => {
    expect(await control('GET', '/clock')).toMatchObject({
      status: 200,
      json: { now: T0, iso: '2026-01-01T00:00:00.000Z' },
    });
    const set = await control('PUT', '/clock', { now: '2026-03-01T12:00:00+01:00' });
    expect(set.json).toEqual({ now: Date.UTC(2026, 2, 1, 11), iso: '2026-03-01T11:00:00.000Z' });
    expect((await control('PUT', '/clock', { now: T0 })).json.now).toBe(T0);
    expect((await control('POST', '/clock/advance', { ms: 60_000 })).json.now).toBe(T0 + 60_000);
    expect(mock.backend.clock.now()).toBe(T0 + 60_000);
  });

  it('seeds a key and returns its secret and signing secret, which the API then accepts', async () => {
    const seeded = await control('POST', '/keys', { name: 'ci', profile: 'read-only', requireSignature: true });
    expect(seeded.status).toBe(201);
    expect(seeded.json.key).toMatchObject({ object: 'api_key', name: 'ci', profile: 'read-only' });
    expect(seeded.json.secret).toMatch(/^rl_test_/);
    expect(seeded.json.signingSecret).toMatch(/^rl_sig_/);
    const timestamp = Math.floor(T0 / 1000);
    const me = await api(
      '/v1/me',
      { headers: signatureHeaders(seeded.json.signingSecret, 'GET', '/v1/me', '', timestamp) },
      seeded.json.secret,
    );
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ name: 'ci', scopes: ['keys:read', 'sandbox:read', 'agent:read'] });
  });

  it('seeds agents and sandboxes that the API then serves', async () => {
    const agent = await control('POST', '/agents', { id: 'agt_ci', name: 'ci-agent' });
    expect(agent).toMatchObject({ status: 201, json: { object: 'agent', id: 'agt_ci', name: 'ci-agent' } });
    expect(await (await api('/v1/agents/agt_ci')).json()).toMatchObject({ name: 'ci-agent' });
    const sandbox = await control('POST', '/sandboxes', { status: 'paused', metadata: { team: 'ci' } });
    expect(sandbox).toMatchObject({ status: 201, json: { object: 'sandbox', status: 'paused' } });
    expect(await (await api(`/v1/sandboxes/${sandbox.json.id}`)).json()).toMatchObject({
      status: 'paused',
      metadata: { team: 'ci' },
    });
  });

  it('resets the backend but keeps the admin key', async () => {
    const { json } = await control('POST', '/keys', {});
    await control('PUT', '/clock', { now: T0 + 5000 });
    await control('POST', '/faults', { path: '/v1/agents' });
    const reset = await control('POST', '/reset');
    expect([reset.status, reset.json]).toEqual([204, undefined]);
    expect((await api('/v1/me', {}, json.secret)).status).toBe(401);
    expect((await api('/v1/agents')).status).toBe(200);
    expect((await control('GET', '/clock')).json.now).toBe(T0);
  });

  it('serves the request log as JSON, without the control requests', async () => {
    await api('/v1/sandboxes', {
      method: 'POST',
      body: JSON.stringify({ image: 'a' }),
      headers: { 'Content-Type': 'application/json' },
    });
    await control('GET', '/clock');
    const { status, json } = await control('GET', '/requests');
    expect(status).toBe(200);
    expect(json.data).toHaveLength(1);
    expect(json.data[0]).toMatchObject({ method: 'POST', path: '/v1/sandboxes', status: 201, json: { image: 'a' } });
    expect(mock.backend.requests.map((request) => request.path)).toEqual(['/v1/sandboxes']);
  });

  it('does not count control requests against the rate limits', async () => {
    const limited = await startRunletMockServer({
      backend: createRunletBackend({ tiers: { free: { limit: 100, burst: 2 } } }),
    });
    try {
      for (let i = 0; i < 5; i++) expect((await control('GET', '/clock', undefined, limited.url)).status).toBe(200);
      const anonymous = await fetch(`${limited.url}/v1/me`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('x-ratelimit-remaining')).toBe('99');
    } finally {
      await limited.close();
    }
  });

  it('answers an unknown endpoint or method with 404 NOT_FOUND naming what there is', async () => {
    const unknown = await control('GET', '/nope');
    expect(unknown).toMatchObject({ status: 404, json: { error: { code: 'NOT_FOUND', status: 404 } } });
    expect(unknown.json.error.message).toContain('POST /__runlet/faults');
    const wrongMethod = await control('DELETE', '/clock');
    expect(wrongMethod.json.error.message).toContain('this path accepts GET, PUT');
    expect(schemas.ErrorEnvelope.safeParse(wrongMethod.json).success).toBe(true);
  });
});

describe('the control API input checks', () => {
  it('reports every wrong or unknown field of a fault', async () => {
    const answer = await control('POST', '/faults', {
      status: 700,
      kind: 'weird',
      times: 0,
      method: 'G T',
      statuss: 1,
    });
    expectValidationError(answer, ['body.status', 'body.kind', 'body.times', 'body.method', 'body.statuss']);
    expect(answer.json.error.message).toContain('body.status: Must be a whole number from 200 to 599.');
  });

  it('refuses a bad pathPattern, pathFlags alone, path with pathPattern, and what failNext refuses', async () => {
    expectValidationError(await control('POST', '/faults', { pathPattern: '(' }), ['body.pathPattern']);
    expectValidationError(await control('POST', '/faults', { pathPattern: 'a', pathFlags: 'q' }), ['body']);
    expectValidationError(await control('POST', '/faults', { pathFlags: 'i' }), ['body.pathFlags']);
    expectValidationError(await control('POST', '/faults', { path: '/a', pathPattern: 'a' }), ['body.pathPattern']);
    const notAnError = await control('POST', '/faults', { status: 200 });
    expectValidationError(notAnError, ['body']);
    expect(notAnError.json.error.details.issues[0].message).toContain('use kind "empty"');
    expect((await api('/v1/me')).status).toBe(200);
  });

  it('refuses bodies that are not a JSON object or not UTF-8', async () => {
    expectValidationError(await control('POST', '/faults', '{"status":'), ['body']);
    expectValidationError(await control('POST', '/faults', '[]'), ['body']);
    expectValidationError(await control('POST', '/reset', { now: 1 }), ['body.now']);
    const latin1 = await fetch(`${mock.url}/__runlet/keys`, {
      method: 'POST',
      body: new Uint8Array([0x7b, 0xff, 0x7d]),
    });
    expectValidationError({ status: latin1.status, json: await latin1.json() }, ['body']);
  });

  it('checks latency and clock values', async () => {
    expectValidationError(await control('PUT', '/latency', {}), ['body.ms']);
    expectValidationError(await control('PUT', '/latency', { ms: -1 }), ['body.ms']);
    expectValidationError(await control('PUT', '/latency', { ms: '10' }), ['body.ms']);
    expectValidationError(await control('PUT', '/clock', { now: 'yesterday' }), ['body.now']);
    expectValidationError(await control('PUT', '/clock', { now: 1e300 }), ['body.now']);
    expectValidationError(await control('POST', '/clock/advance', { ms: 1.5 }), ['body.ms']);
    await control('PUT', '/clock', { now: 8e15 });
    expectValidationError(await control('POST', '/clock/advance', { ms: 1e15 }), ['body.ms']);
    expect((await control('GET', '/clock')).json.now).toBe(8e15);
  });

  it('checks seeded keys, agents and sandboxes against the schemas of the API', async () => {
    expectValidationError(await control('POST', '/keys', { scopes: ['nope'], tier: 'gold', name: '' }), [
      'body.scopes.0',
      'body.tier',
      'body.name',
    ]);
    const both = await control('POST', '/keys', { scopes: ['*'], profile: 'admin' });
    expectValidationError(both, ['body']);
    expect(both.json.error.message).toContain('give scopes or profile, not both');
    expectValidationError(await control('POST', '/keys', { secret: 'rl_test_short' }), ['body']);
    expectValidationError(await control('POST', '/agents', { id: 'bad id', createdAt: 'now' }), [
      'body.id',
      'body.createdAt',
    ]);
    expectValidationError(await control('POST', '/sandboxes', { status: 'gone', timeoutSeconds: 5, metadata: [] }), [
      'body.status',
      'body.timeoutSeconds',
      'body.metadata',
    ]);
    expect((await (await api('/v1/sandboxes')).json()).data).toEqual([]);
  });
});

describe('who may use the control API', () => {
  it('knows the loopback addresses', () => {
    for (const address of ['127.0.0.1', '127.9.8.7', '::1', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1']) {
      expect(isLoopbackAddress(address), address).toBe(true);
    }
    for (const address of [
      '192.0.2.2',
      '10.0.0.1',
      '::ffff:10.0.0.1',
      'fd00::1',
      '::',
      '1::1',
      'localhost',
      undefined,
    ]) {
      expect(isLoopbackAddress(address), String(address)).toBe(false);
    }
  });

  it('refuses a non-loopback peer even when X-Forwarded-For says 127.0.0.1 and trustProxy is on', async () => {
    const backend = createRunletBackend();
    const listener = createRequestListener({ backend, handlers: [], baseURL: 'http://mock.test', trustProxy: true });
    // The peer address as a remote client would have it; the request itself travels over real HTTP.
    const server = createServer((incoming, outgoing) => {
      Object.defineProperty(incoming.socket, 'remoteAddress', { value: '198.51.100.7', configurable: true });
      listener(incoming, outgoing);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await rawRequest(port, { path: '/__runlet/clock', headers: { 'X-Forwarded-For': '127.0.0.1' } });
      expect(answer).toMatchObject({ status: 403, json: { error: { code: 'FORBIDDEN', status: 403 } } });
      expect((answer.json as { error: { message: string } }).error.message).toContain('came from 198.51.100.7');
      expect(schemas.ErrorEnvelope.safeParse(answer.json).success).toBe(true);
      expect(backend.requests).toEqual([]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses a Host that is a DNS name other than localhost, and any request with an Origin', async () => {
    const rebound = await rawRequest(mock.port, { path: '/__runlet/requests', host: `evil.example:${mock.port}` });
    expect(rebound).toMatchObject({ status: 403, json: { error: { code: 'FORBIDDEN' } } });
    const fromPage = await rawRequest(mock.port, {
      method: 'POST',
      path: '/__runlet/reset',
      headers: { Origin: 'https://evil.example' },
    });
    expect(fromPage.status).toBe(403);
    for (const host of [`localhost:${mock.port}`, `[::1]:${mock.port}`, 'app.localhost', '127.0.0.1']) {
      expect((await rawRequest(mock.port, { path: '/__runlet/clock', host })).status, host).toBe(200);
    }
  });
});

it('serves createRunletHandlers unchanged: the control API is only on the HTTP server', () => {
  expect(createRunletHandlers({ backend: createRunletBackend() })).toHaveLength(1);
});
