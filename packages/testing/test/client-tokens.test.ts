import { describe, expect, it } from 'vitest';
import { createTestApi, T0 } from './support/api.js';

async function setup() {
  const api = await createTestApi();
  const minter = await api.backend.seedKey({ scopes: ['tokens:create', 'sandbox:*', 'agent:read'] });
  const mint = (json: object, headers?: Record<string, string>) =>
    api.call('POST', '/v1/tokens', { key: minter.secret, json, ...(headers ? { headers } : {}) });
  return { ...api, minter, mint };
}

describe('client tokens', () => {
  it('mints a token for 600 seconds by default and describes it', async () => {
    const { mint, call, minter } = await setup();
    const minted = await mint({ scopes: ['sandbox:read'], subject: 'user_1' });
    expect(minted.status).toBe(201);
    expect(minted.body).toMatchObject({
      object: 'client_token',
      expiresAt: '2026-01-01T00:10:00Z',
      expiresIn: 600,
      serverTime: T0 / 1000,
      scopes: ['sandbox:read'],
      allowedOrigins: [],
      subject: 'user_1',
    });
    expect(minted.body.token).toMatch(/^rl_ct_[0-9A-Za-z]{36}$/);
    const me = await call('GET', '/v1/me', { key: minted.body.token });
    expect(me.body).toMatchObject({
      type: 'client_token',
      keyId: minter.key.id,
      name: null,
      keyType: null,
      scopes: ['sandbox:read'],
      expiresAt: '2026-01-01T00:10:00Z',
      subject: 'user_1',
    });
    expect(me.body.tokenId).toMatch(/^ct_[0-9A-Za-z]{16}$/);
  });

  it('answers TOKEN_EXPIRED from the moment the TTL is over', async () => {
    const { mint, call, backend } = await setup();
    const { token } = (await mint({ scopes: ['sandbox:read'], ttlSeconds: 60 })).body;
    backend.clock.advance(59_999);
    expect((await call('GET', '/v1/sandboxes', { key: token })).status).toBe(200);
    backend.clock.advance(1);
    const expired = await call('GET', '/v1/sandboxes', { key: token });
    expect(expired.body.error).toMatchObject({ code: 'TOKEN_EXPIRED', status: 401 });
  });

  it('keeps the TTL between 60 and 3600 seconds', async () => {
    const { mint } = await setup();
    for (const ttlSeconds of [59, 3601]) {
      const result = await mint({ scopes: ['sandbox:read'], ttlSeconds });
      expect(result.body.error.details.issues[0].path).toBe('body.ttlSeconds');
    }
    expect((await mint({ scopes: ['sandbox:read'], ttlSeconds: 3600 })).body.expiresIn).toBe(3600);
  });

  it('grants only a subset of the caller’s scopes, never keys:* or tokens:*', async () => {
    const { mint, call, backend } = await setup();
    const missing = await mint({ scopes: ['sandbox:read', 'agent:run'] });
    expect(missing.body.error).toMatchObject({ code: 'FORBIDDEN', details: { requiredScopes: ['agent:run'] } });
    const keysScope = await mint({ scopes: ['keys:read'] });
    expect(keysScope.body.error.code).toBe('VALIDATION_ERROR');
    const { token } = (await mint({ scopes: ['sandbox:read'] })).body;
    const refused = await call('POST', '/v1/sandboxes', { key: token, json: {} });
    expect(refused.body.error).toMatchObject({ code: 'FORBIDDEN', details: { requiredScopes: ['sandbox:create'] } });
    expect(refused.body.error.message).toContain('client token');
    const minting = await call('POST', '/v1/tokens', { key: token, json: { scopes: ['sandbox:read'] } });
    expect(minting.body.error.code).toBe('FORBIDDEN');
    const { secret: reader } = await backend.seedKey({ scopes: ['sandbox:read'] });
    const noCreate = await call('POST', '/v1/tokens', { key: reader, json: { scopes: ['sandbox:read'] } });
    expect(noCreate.body.error.details.requiredScopes).toEqual(['tokens:create']);
  });

  it('answers ORIGIN_NOT_ALLOWED for another Origin or none when origins are set', async () => {
    const { mint, call } = await setup();
    const minted = await mint({
      scopes: ['sandbox:read'],
      allowedOrigins: ['https://app.example', 'http://localhost:5173'],
    });
    const { token } = minted.body;
    const from = (origin?: string) =>
      call('GET', '/v1/sandboxes', { key: token, ...(origin ? { headers: { Origin: origin } } : {}) });
    expect((await from('https://app.example')).status).toBe(200);
    expect((await from('http://localhost:5173')).status).toBe(200);
    const evil = await from('https://evil.example');
    expect(evil.body.error).toMatchObject({ code: 'ORIGIN_NOT_ALLOWED', status: 403 });
    expect(evil.headers.get('access-control-allow-origin')).toBe('https://evil.example');
    const none = await from();
    expect(none.body.error.code).toBe('ORIGIN_NOT_ALLOWED');
    expect(none.body.error.message).toContain('no Origin header');
  });

  it('refuses allowedOrigins that are not origins', async () => {
    const { mint } = await setup();
    const result = await mint({
      scopes: ['sandbox:read'],
      allowedOrigins: ['https://ok.example', 'https://x.example/path'],
    });
    expect(result.body.error.details.issues).toEqual([
      {
        path: 'body.allowedOrigins.1',
        message: 'Must be an origin (scheme, host and optional port), such as https://app.example.',
      },
    ]);
  });

  it('stops working when the key that minted it is revoked, and never outlives it', async () => {
    const { mint, call, minter, adminKey, backend } = await setup();
    const { token } = (await mint({ scopes: ['sandbox:read'] })).body;
    await call('DELETE', `/v1/keys/${minter.key.id}`, { key: adminKey });
    const refused = await call('GET', '/v1/sandboxes', { key: token });
    expect(refused.body.error.code).toBe('INVALID_API_KEY');
    const shortLived = await backend.seedKey({
      scopes: ['tokens:create', 'sandbox:read'],
      expiresAt: new Date(T0 + 120_000).toISOString(),
    });
    const capped = await call('POST', '/v1/tokens', { key: shortLived.secret, json: { scopes: ['sandbox:read'] } });
    expect(capped.body).toMatchObject({ expiresIn: 120, expiresAt: '2026-01-01T00:02:00Z' });
  });

  it('is refused when unknown', async () => {
    const { call, mint, backend } = await setup();
    const { token } = (await mint({ scopes: ['sandbox:read'] })).body;
    backend.reset();
    expect((await call('GET', '/v1/me', { key: token })).body.error.code).toBe('INVALID_API_KEY');
  });
});
