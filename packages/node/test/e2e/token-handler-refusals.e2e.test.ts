import { describe, expect, it } from 'vitest';
import { createTokenHandler, type TokenGrant } from '../../src/index.js';
import { useMockServer } from './server.js';

const { server, admin } = useMockServer();

const post = (origin: string | undefined, url = 'http://app.local/api/runlet-token') =>
  new Request(url, { method: 'POST', headers: origin === undefined ? {} : { origin } });

/** A logger that keeps what the handler reports, and how often `authorize` ran. */
function setup(grant: unknown, extra: { cors?: { origins: string[] } } = {}) {
  const logged: string[] = [];
  let authorized = 0;
  const handler = createTokenHandler({
    client: admin({ maxRetries: 0 }),
    authorize: () => {
      authorized++;
      return grant as TokenGrant;
    },
    logger: { error: (message: string) => logged.push(message) },
    ...extra,
  });
  const minted = () => server().backend.requests.filter((r) => r.path === '/v1/tokens').length;
  return { handler, logged, authorized: () => authorized, minted };
}

describe('createTokenHandler with a grant the API refuses', () => {
  it.each([
    ['the * scope', { scopes: ['*'] }, /scopes\[0\]: expected one of sandbox:\*.*got "\*"/],
    ['keys:manage', { scopes: ['sandbox:read', 'keys:manage'] }, /scopes\[1\]: .*got "keys:manage"/],
    [
      'a TTL of a day',
      { scopes: ['sandbox:read'], ttlSeconds: 86_400 },
      /ttlSeconds: expected at most 3600, got 86400/,
    ],
    ['a TTL under a minute', { scopes: ['sandbox:read'], ttlSeconds: 5 }, /ttlSeconds: expected at least 60, got 5/],
    ['no scopes', { scopes: [] }, /scopes: expected at least 1 items/],
    ['an unknown field', { scopes: ['agent:run'], ttl: 600 }, /ttl: unexpected field/],
    [
      'an origin that is not one',
      { scopes: ['sandbox:read'], allowedOrigins: ['not an origin'] },
      /allowedOrigins\[0\]/,
    ],
  ])('answers a final 500 TOKEN_GRANT_INVALID for %s, mints nothing and logs why', async (_, grant, reason) => {
    const { handler, logged, minted } = setup(grant);
    const response = await handler(post('https://app.example'));
    expect(response.status).toBe(500);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toMatchObject({ error: { code: 'TOKEN_GRANT_INVALID', status: 500 } });
    // The browser learns nothing of the grant; the server log says what to fix.
    expect(JSON.stringify(body)).not.toMatch(/scopes|ttl/i);
    expect(minted()).toBe(0);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^\[runlet\] createTokenHandler minted no client token/);
    expect(logged[0]).toMatch(reason);
    expect(logged[0]).toContain('ttlSeconds from 60 to 3600');
  });

  it('redacts a secret that authorize put in the grant from the log line', async () => {
    const { handler, logged } = setup({ scopes: ['sandbox:read'], subject: server().adminKey, extra: 1 });
    expect((await handler(post('https://app.example'))).status).toBe(500);
    expect(logged.join('\n')).not.toContain(server().adminKey);
  });

  it('logs through console.error when no logger is given', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      // The types refuse it too; JavaScript, a cast or scopes read from a database get past them.
      // @ts-expect-error '*' is not a client-token scope
      const handler = createTokenHandler({ client: admin(), authorize: () => ({ scopes: ['*'] }) });
      expect((await handler(post('https://app.example'))).status).toBe(500);
    } finally {
      console.error = original;
    }
    expect(String(errors[0])).toMatch(/authorize returned a grant the API refuses/);
  });

  it('answers the same final 500 when the API refuses a grant the spec allows, as a 400', async () => {
    const { handler, logged, minted } = setup({ scopes: ['sandbox:read'], allowedOrigins: ['https://app.example'] });
    server().backend.failNext({ status: 400, code: 'VALIDATION_ERROR', method: 'POST', path: '/v1/tokens' });
    const response = await handler(post('https://app.example'));
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ error: { code: 'TOKEN_GRANT_INVALID' } });
    expect(minted()).toBe(1);
    expect(logged[0]).toMatch(/400 VALIDATION_ERROR/);
  });

  it('still mints a valid grant at both ends of the TTL range', async () => {
    for (const ttlSeconds of [60, 3600]) {
      const { handler, logged } = setup({ scopes: ['sandbox:*', 'agent:run'], ttlSeconds });
      const response = await handler(post('https://app.example'));
      expect(response.status).toBe(200);
      expect((await response.json()).expiresIn).toBe(ttlSeconds);
      expect(logged).toEqual([]);
    }
  });
});

describe('createTokenHandler and the Origin of the request', () => {
  it('refuses Origin: null (a sandboxed iframe, a file:// page) with 403 before authorize, saying why', async () => {
    const { handler, authorized, minted } = setup({ scopes: ['sandbox:read'] });
    const response = await handler(post('null'));
    expect(response.status).toBe(403);
    const { error } = await response.json();
    expect(error.code).toBe('ORIGIN_NOT_ALLOWED');
    expect(error.message).toMatch(/opaque origin \(Origin: null: a sandboxed iframe or a file:\/\/ page\)/);
    expect(authorized()).toBe(0);
    expect(minted()).toBe(0);
  });

  it('refuses a garbled Origin header with 403 rather than minting a token bound to it', async () => {
    const { handler, authorized } = setup({ scopes: ['sandbox:read'] });
    for (const origin of ['app.example', 'https://app.example/page', 'https://App.example']) {
      expect((await handler(post(origin))).status).toBe(403);
    }
    expect(authorized()).toBe(0);
  });

  it('with cors, refuses an unlisted origin with 403 before authorize runs or anything is minted', async () => {
    const { handler, authorized, minted } = setup(
      { scopes: ['sandbox:read'] },
      { cors: { origins: ['https://app.example'] } },
    );
    const response = await handler(post('https://evil.example', 'https://api.example/api/runlet-token'));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'ORIGIN_NOT_ALLOWED' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(authorized()).toBe(0);
    expect(minted()).toBe(0);
  });

  it('with cors, still serves a listed origin, the endpoint’s own host, and a request without Origin', async () => {
    const { handler, authorized } = setup({ scopes: ['sandbox:read'] }, { cors: { origins: ['https://app.example'] } });
    const url = 'https://api.example/api/runlet-token';
    for (const origin of ['https://app.example', 'https://api.example', undefined]) {
      expect((await handler(post(origin, url))).status).toBe(200);
    }
    expect(authorized()).toBe(3);
  });
});
