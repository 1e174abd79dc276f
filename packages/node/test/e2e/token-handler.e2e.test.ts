import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { bearerAuth, RunletClient } from '@runlet/core';
import { describe, expect, it } from 'vitest';
import { createTokenHandler, Runlet, toNodeHandler } from '../../src/index.js';
import { useMockServer } from './server.js';

const { server, admin } = useMockServer();

const post = (headers: Record<string, string> = {}) =>
  new Request('http://app.local/api/runlet-token', {
    method: 'POST',
    headers: { origin: 'https://app.example', ...headers },
  });

describe('createTokenHandler', () => {
  it('mints a client token bound to the caller’s origin, with no-store and no secret', async () => {
    const handler = createTokenHandler({
      client: admin(),
      authorize: (request) =>
        request.headers.get('x-session') === 'ok'
          ? { scopes: ['sandbox:read'], ttlSeconds: 300, subject: 'user_1' }
          : null,
    });
    const response = await handler(post({ 'x-session': 'ok' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    expect(text).not.toContain(server().adminKey);
    const body = JSON.parse(text);
    expect(body).toMatchObject({ expiresIn: 300, scopes: ['sandbox:read'] });
    expect(body.token).toMatch(/^rl_ct_/);
    const minted = server().backend.requests.find((r) => r.path === '/v1/tokens');
    expect(JSON.parse(minted?.body ?? '{}')).toMatchObject({
      allowedOrigins: ['https://app.example'],
      subject: 'user_1',
    });
    // What a browser would do with it (core's client with the token, from the allowed origin).
    const client = new RunletClient({
      baseURL: server().url,
      auth: bearerAuth(body.token),
      headers: { origin: 'https://app.example' },
    });
    await expect(client.get('/v1/me')).resolves.toMatchObject({ type: 'client_token', subject: 'user_1' });
  });

  it('answers 401 when authorize refuses, 405 for GET, and passes a Response from authorize through', async () => {
    const handler = createTokenHandler({
      client: admin(),
      authorize: (request) =>
        request.headers.get('x-session') === 'banned' ? new Response('no', { status: 403 }) : null,
    });
    const refused = await handler(post());
    expect(refused.status).toBe(401);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect((await handler(new Request('http://app.local/t'))).status).toBe(405);
    const custom = await handler(post({ 'x-session': 'banned' }));
    expect(custom.status).toBe(403);
    expect(custom.headers.get('cache-control')).toBe('no-store');
  });

  it('says 403 without details when the server key may not grant the scopes', async () => {
    const narrow = await admin().keys.create({ name: 'minter', scopes: ['tokens:create', 'sandbox:read'] });
    const handler = createTokenHandler({
      client: new Runlet({ apiKey: narrow.secret, baseURL: server().url, env: {} }),
      authorize: () => ({ scopes: ['agent:run'] }),
    });
    const response = await handler(post());
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain(narrow.secret);
  });

  it('serves node:http and Express through toNodeHandler', async () => {
    const handler = createTokenHandler({ client: admin(), authorize: () => ({ scopes: ['agent:read'] }) });
    const http = createServer(toNodeHandler(handler));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = http.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/api/runlet-token`, {
        method: 'POST',
        headers: { origin: 'https://app.example', 'content-type': 'application/json' },
        body: '{}',
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect((await response.json()).token).toMatch(/^rl_ct_/);
    } finally {
      await new Promise((resolve) => http.close(resolve));
    }
  });

  describe('cors, for pages on another origin', () => {
    const APP = 'https://app.example';
    const preflight = (origin: string, headers: Record<string, string> = {}) =>
      new Request('http://api.local/api/runlet-token', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', ...headers },
      });
    const corsHandler = () =>
      createTokenHandler({
        client: admin(),
        authorize: (request) => (request.headers.get('x-session') === 'ok' ? { scopes: ['sandbox:read'] } : null),
        cors: { origins: [APP] },
      });

    it('answers the preflight of a listed origin with what it asked for, credentials allowed', async () => {
      const response = await corsHandler()(
        preflight(APP, { 'access-control-request-headers': 'content-type,x-csrf-token' }),
      );
      expect(response.status).toBe(204);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        'access-control-allow-origin': APP,
        'access-control-allow-credentials': 'true',
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type,x-csrf-token',
        'access-control-max-age': '600',
      });
      expect(response.headers.get('vary')).toContain('Origin');
    });

    it('refuses the preflight of any other origin, or for another method, without CORS headers', async () => {
      for (const request of [
        preflight('https://evil.example'),
        preflight(APP, { 'access-control-request-method': 'DELETE' }),
      ]) {
        const response = await corsHandler()(request);
        expect(response.status).toBe(403);
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
      }
    });

    it('lets a listed origin read every answer, a 401 included, and no other origin', async () => {
      const handler = corsHandler();
      const ok = await handler(post({ 'x-session': 'ok' }));
      expect(ok.status).toBe(200);
      expect(ok.headers.get('access-control-allow-origin')).toBe(APP);
      expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
      expect(ok.headers.get('access-control-expose-headers')).toMatch(/^Retry-After, X-RateLimit-Limit/);
      const refused = await handler(post());
      expect(refused.status).toBe(401);
      expect(refused.headers.get('access-control-allow-origin')).toBe(APP);
      const other = await handler(post({ origin: 'https://evil.example', 'x-session': 'ok' }));
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('answers an OPTIONS that is not a POST preflight with 403', async () => {
      const bare = new Request('http://api.local/api/runlet-token', { method: 'OPTIONS', headers: { origin: APP } });
      const response = await corsHandler()(bare);
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('keeps OPTIONS at 405 without cors', async () => {
      const handler = createTokenHandler({ client: admin(), authorize: () => null });
      const response = await handler(preflight(APP));
      expect(response.status).toBe(405);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });

    it.each([
      [{ origins: ['*'] }, /Credentials rule out '\*'/],
      [
        { origins: ['https://app.example/'] },
        /exact origins.* got "https:\/\/app.example\/", did you mean 'https:\/\/app.example'\?/,
      ],
      [{ origins: ['app.example'] }, /exact origins/],
      [{}, /cors needs \{ origins: string\[\] \}/],
      [{ origins: [APP], maxAge: -1 }, /maxAge/],
      [{ origins: [APP], maxAge: 90_000 }, /from 0 to 86400/],
      [{ origins: ['https://App.example'] }, /did you mean 'https:\/\/app.example'\?/],
    ])('refuses cors %j at once with what to write', (cors, message) => {
      expect(() =>
        createTokenHandler({ client: admin(), authorize: () => null, cors: cors as { origins: string[] } }),
      ).toThrow(message);
    });
  });

  it('answers 503 with Retry-After when the server key is rate-limited, so browsers back off', async () => {
    server().backend.failNext({ status: 429, path: '/v1/tokens', retryAfter: 90, times: 3 });
    const handler = createTokenHandler({
      client: admin({ maxRetries: 0 }),
      authorize: () => ({ scopes: ['sandbox:read'] }),
    });
    const response = await handler(post());
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('90');
    expect(await response.json()).toMatchObject({ error: { code: 'TOKEN_MINT_RATE_LIMITED' } });
  });

  it('passes a Response from fetch() through without the upstream’s encoding headers, and Response.error() as 500', async () => {
    const upstream = createServer((_req, res) => {
      res.writeHead(403, { 'content-type': 'application/json', 'content-encoding': 'gzip', connection: 'keep-alive' });
      res.end(gzipSync(JSON.stringify({ error: { message: 'not allowed here' } })));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = upstream.address() as AddressInfo;
      const proxied = createTokenHandler({ client: admin(), authorize: () => fetch(`http://127.0.0.1:${port}/`) });
      const response = await proxied(post());
      expect(response.status).toBe(403);
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(response.headers.get('connection')).toBeNull();
      expect(await response.json()).toEqual({ error: { message: 'not allowed here' } });
      const broken = await createTokenHandler({ client: admin(), authorize: () => Response.error() })(post());
      expect(broken.status).toBe(500);
    } finally {
      await new Promise((resolve) => upstream.close(resolve));
    }
  });

  it('keeps every Set-Cookie of an authorize Response through toNodeHandler', async () => {
    const headers = new Headers();
    headers.append('set-cookie', 'a=1; Path=/');
    headers.append('set-cookie', 'b=2; Path=/');
    const handler = createTokenHandler({
      client: admin(),
      authorize: () => new Response('no', { status: 403, headers }),
    });
    const http = createServer(toNodeHandler(handler));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = http.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/api/runlet-token`, { method: 'POST', body: '{}' });
      expect(response.status).toBe(403);
      expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    } finally {
      await new Promise((resolve) => http.close(resolve));
    }
  });
});
