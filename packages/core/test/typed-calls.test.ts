import type { Schemas } from '@runlet/types';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { bearerAuth, RunletClient } from '../src/index.js';
import { BASE, json, KEY, mockFetch, principal } from './helpers.js';

describe('typed calls by path', () => {
  it('fills path parameters, encodes them and appends the query', async () => {
    const { fetch, calls } = mockFetch(json(200, { data: [], nextCursor: null }));
    const client = new RunletClient({ baseURL: BASE, fetch, auth: bearerAuth(KEY) });
    await client.get('/v1/keys', { params: { query: { limit: 5, cursor: 'a b' } } });
    expect(calls[0]?.request.url).toBe(`${BASE}/v1/keys?limit=5&cursor=a+b`);
    const agentFetch = mockFetch(
      json(404, { error: { code: 'NOT_FOUND', message: 'no', status: 404, requestId: 'req_0123456789' } }),
    );
    const other = new RunletClient({ baseURL: BASE, fetch: agentFetch.fetch, maxRetries: 0 });
    await other.get('/v1/agents/{agentId}', { params: { path: { agentId: 'agt_✓/x' } } }).catch(() => {});
    expect(agentFetch.calls[0]?.request.url).toBe(`${BASE}/v1/agents/agt_%E2%9C%93%2Fx`);
  });

  it('sends the body as JSON and returns the typed response', async () => {
    const { fetch, calls } = mockFetch(json(200, principal));
    const client = new RunletClient({ baseURL: BASE, fetch, auth: bearerAuth(KEY) });
    const me = await client.get('/v1/me');
    expectTypeOf(me).toEqualTypeOf<Schemas['Principal']>();
    expect(me.keyId).toBe('key_7Hq2Lm9Xz1Pa4Rt6');
    expect(calls[0]?.request.headers.get('authorization')).toBe(`Bearer ${KEY}`);
  });

  it('rejects a missing path parameter from plain JavaScript with a sentence', async () => {
    const client = new RunletClient({ baseURL: BASE, fetch: mockFetch(json(200, {})).fetch });
    const call = client.request('GET', '/v1/keys/{keyId}', {});
    await expect(call).rejects.toThrow(/Missing path parameter "keyId" for GET \/v1\/keys\/\{keyId\}/);
  });

  it('refuses "." and ".." as path parameters, which fetch would resolve into another path, before sending', async () => {
    const { fetch, calls } = mockFetch(json(200, {}));
    const client = new RunletClient({ baseURL: BASE, fetch });
    for (const keyId of ['.', '..']) {
      await expect(client.get('/v1/keys/{keyId}', { params: { path: { keyId } } })).rejects.toThrow(
        new RegExp(`Path parameter "keyId" for GET /v1/keys/\\{keyId\\} is "${keyId.replace(/\./g, '\\.')}"`),
      );
    }
    await expect(
      client.delete('/v1/keys/{keyId}/allowed-ips/{ip}', {
        params: { path: { keyId: 'key_7Hq2Lm9Xz1Pa4Rt6', ip: '..' } },
      }),
    ).rejects.toThrow(/Path parameter "ip"/);
    expect(calls).toHaveLength(0);
  });

  it('refuses a header value with a line break, per client or per call, and a bad idempotencyKey, naming the option', async () => {
    const { fetch, calls } = mockFetch(json(200, {}));
    expect(() => new RunletClient({ baseURL: BASE, fetch, headers: { 'x-a': 'one\r\nx-b: two' } })).toThrow(
      expect.objectContaining({ name: 'InvalidOptionError', option: 'headers' }),
    );
    const client = new RunletClient({ baseURL: BASE, fetch, validate: 'off' });
    await expect(client.get('/v1/me', { headers: { 'x-a': 'one\ntwo' } })).rejects.toMatchObject({
      name: 'InvalidOptionError',
      option: 'headers',
    });
    await expect(client.get('/v1/me', { headers: { 'bad name': 'x' } })).rejects.toMatchObject({ option: 'headers' });
    await expect(
      client.post('/v1/keys', { body: { name: 'x', profile: 'admin' }, idempotencyKey: 'a\r\nb' }),
    ).rejects.toMatchObject({ name: 'InvalidOptionError', option: 'idempotencyKey' });
    expect(calls).toHaveLength(0);
  });

  it('rejects an object as a query value, pointing at where call options go', async () => {
    const { fetch, calls } = mockFetch(json(200, { data: [], nextCursor: null }));
    const client = new RunletClient({ baseURL: BASE, fetch });
    const call = client.request('GET', '/v1/sandboxes', { params: { query: { headers: { 'x-trace': '1' } } } });
    await expect(call).rejects.toThrow(
      /Query parameter "headers" for GET \/v1\/sandboxes is an object; .*Call options \(headers, signal, timeout…\) go in the last argument/,
    );
    expect(calls).toHaveLength(0);
  });

  it('rejects an invalid Date or a function as a query value, and a body on GET, before sending', async () => {
    const { fetch, calls } = mockFetch(json(200, {}));
    const client = new RunletClient({ baseURL: BASE, fetch, validate: 'off' });
    await expect(
      client.request('GET', '/v1/things', { params: { query: { since: new Date(Number.NaN) } } }),
    ).rejects.toThrow(/Query parameter "since" for GET \/v1\/things is an invalid Date/);
    await expect(client.request('GET', '/v1/things', { params: { query: { f: () => 1 } } })).rejects.toThrow(
      /is a function/,
    );
    await expect(client.request('GET', '/v1/things', { body: { a: 1 } })).rejects.toThrow(
      /GET \/v1\/things cannot have a body; pass its values as params.query/,
    );
    expect(calls).toHaveLength(0);
  });

  it('sends strings, numbers, booleans, arrays of them and dates (as ISO strings) as query values', async () => {
    const { fetch, calls } = mockFetch(json(200, {}));
    const client = new RunletClient({ baseURL: BASE, fetch, validate: 'off' });
    const since = new Date(Date.UTC(2026, 0, 2));
    await client.request('GET', '/v1/things', {
      params: { query: { a: 'x y', n: 2, b: false, l: [1, null, 2], since, u: undefined } },
    });
    expect(calls[0]?.request.url).toBe(
      `${BASE}/v1/things?a=x+y&n=2&b=false&l=1&l=2&since=2026-01-02T00%3A00%3A00.000Z`,
    );
  });

  it('does not compile wrong paths, missing path params, wrong bodies or unknown scopes', () => {
    const client = new RunletClient({ baseURL: BASE, fetch: mockFetch(json(200, {})).fetch });
    const typeOnly = () => {
      // @ts-expect-error — no such path
      void client.get('/v1/nope');
      // @ts-expect-error — POST is not an operation of /v1/me
      void client.post('/v1/me');
      // @ts-expect-error — keyId is required
      void client.get('/v1/keys/{keyId}');
      // @ts-expect-error — keyId must be a string
      void client.get('/v1/keys/{keyId}', { params: { path: { keyId: 1 } } });
      // @ts-expect-error — the body is required
      void client.post('/v1/keys');
      // @ts-expect-error — name is required
      void client.post('/v1/keys', { body: { scopes: ['keys:read'] } });
      // @ts-expect-error — not a scope
      void client.post('/v1/keys', { body: { name: 'x', scopes: ['keys:write'] } });
      // @ts-expect-error — client tokens may not carry keys:* scopes
      void client.post('/v1/tokens', { body: { scopes: ['keys:read'] } });
      // @ts-expect-error — limit is a number
      void client.get('/v1/keys', { params: { query: { limit: '5' } } });
      void client.post('/v1/keys', { body: { name: 'ok', profile: 'read-only' } });
      void client.post('/v1/keys/{keyId}/rotate', { params: { path: { keyId: 'key_1' } } });
    };
    expect(typeOnly).toBeTypeOf('function');
  });

  it('types list calls by their item', () => {
    const client = new RunletClient({ baseURL: BASE, fetch: mockFetch(json(200, {})).fetch });
    const typeOnly = async () => {
      for await (const key of client.list('/v1/keys')) expectTypeOf(key).toEqualTypeOf<Schemas['ApiKey']>();
      // @ts-expect-error — /v1/me is not a list
      client.list('/v1/me');
    };
    expect(typeOnly).toBeTypeOf('function');
  });
});

describe('a base URL with a path', () => {
  it('hands the auth strategy the full path as sent, for signing', async () => {
    const { fetch, calls } = mockFetch(json(200, principal));
    const seen: string[] = [];
    const auth = { authenticate: (_: Headers, ctx: { path: string }) => void seen.push(ctx.path) };
    await new RunletClient({ baseURL: `${BASE}/api/`, fetch, auth })
      .get('/v1/keys/{keyId}', {
        params: { path: { keyId: 'key_1' } },
      })
      .catch(() => {});
    expect(calls[0]?.request.url).toBe(`${BASE}/api/v1/keys/key_1`);
    expect(seen).toEqual(['/api/v1/keys/key_1']);
  });
});
