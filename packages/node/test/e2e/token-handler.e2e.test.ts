import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
    const client = new Runlet({
      apiKey: body.token,
      baseURL: server().url,
      env: {},
      headers: { origin: 'https://app.example' },
    });
    await expect(client.me()).resolves.toMatchObject({ type: 'client_token', subject: 'user_1' });
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
});
