import { createToken } from '@runlet/types';
import { describe, expect, it } from 'vitest';
import { createTestApi, T0 } from './support/api.js';

describe('authentication', () => {
  it('accepts a key as Authorization: Bearer and as X-API-Key', async () => {
    const { call, adminKey } = await createTestApi();
    expect((await call('GET', '/v1/me', { key: adminKey })).status).toBe(200);
    const viaHeader = await call('GET', '/v1/me', { headers: { 'X-API-Key': adminKey } });
    expect(viaHeader.status).toBe(200);
    expect(viaHeader.body.type).toBe('api_key');
  });

  it('answers UNAUTHORIZED when no credentials are sent, or not as Bearer', async () => {
    const { call, adminKey } = await createTestApi();
    const none = await call('GET', '/v1/me');
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('UNAUTHORIZED');
    expect(none.body.error.message).toContain('Authorization: Bearer');
    const basic = await call('GET', '/v1/me', { headers: { Authorization: `Basic ${btoa(adminKey)}` } });
    expect(basic.body.error.code).toBe('UNAUTHORIZED');
    const empty = await call('GET', '/v1/me', { headers: { Authorization: 'Bearer ' } });
    expect(empty.body.error.code).toBe('UNAUTHORIZED');
  });

  it('answers INVALID_API_KEY for a malformed key, saying why without echoing it', async () => {
    const { call, adminKey } = await createTestApi();
    const truncated = adminKey.slice(0, -1);
    const result = await call('GET', '/v1/me', { key: truncated });
    expect(result.status).toBe(401);
    expect(result.body.error.code).toBe('INVALID_API_KEY');
    expect(result.body.error.message).toMatch(/too short/);
    expect(result.text).not.toContain(truncated);
  });

  it('answers INVALID_API_KEY for a well-formed key it does not know', async () => {
    const { call } = await createTestApi();
    const unknown = createToken('rl_test_');
    const result = await call('GET', '/v1/me', { key: unknown });
    expect(result.body.error).toMatchObject({ code: 'INVALID_API_KEY', status: 401 });
    expect(result.text).not.toContain(unknown);
  });

  it('refuses a signing secret used as a key, and a client token sent as X-API-Key', async () => {
    const { call, backend } = await createTestApi();
    const { signingSecret } = await backend.seedKey();
    const sig = await call('GET', '/v1/me', { key: signingSecret });
    expect(sig.body.error.code).toBe('INVALID_API_KEY');
    expect(sig.body.error.message).toContain('signing secret');
    expect(sig.text).not.toContain(signingSecret);
    const { secret } = await backend.seedKey({ scopes: ['tokens:create', 'sandbox:read'] });
    const minted = await call('POST', '/v1/tokens', { key: secret, json: { scopes: ['sandbox:read'] } });
    const token = minted.body.token as string;
    const viaHeader = await call('GET', '/v1/me', { headers: { 'X-API-Key': token } });
    expect(viaHeader.body.error.code).toBe('INVALID_API_KEY');
    expect((await call('GET', '/v1/me', { key: token })).status).toBe(200);
  });

  it('answers EXPIRED_API_KEY from the moment a key expires', async () => {
    const { call, backend } = await createTestApi();
    const { secret } = await backend.seedKey({ expiresAt: new Date(T0 + 60_000).toISOString() });
    expect((await call('GET', '/v1/me', { key: secret })).status).toBe(200);
    backend.clock.advance(59_999);
    expect((await call('GET', '/v1/me', { key: secret })).status).toBe(200);
    backend.clock.advance(1);
    const expired = await call('GET', '/v1/me', { key: secret });
    expect(expired.body.error).toMatchObject({ code: 'EXPIRED_API_KEY', status: 401 });
    expect(expired.body.error.message).toContain('2026-01-01T00:01:00Z');
  });

  it('never echoes a secret sent in the path by mistake', async () => {
    const { call, adminKey } = await createTestApi();
    const byId = await call('GET', `/v1/keys/${adminKey}`, { key: adminKey });
    expect(byId.body.error.code).toBe('NOT_FOUND');
    expect(byId.body.error.message).toBe(`No key rl_test_…${adminKey.slice(-4)}.`);
    const route = await call('GET', `/v1/${adminKey}`, { key: adminKey });
    expect(route.text).not.toContain(adminKey.slice(8, -4));
  });

  it('prefers Authorization when both headers are sent', async () => {
    const { call, adminKey } = await createTestApi();
    const result = await call('GET', '/v1/me', { key: adminKey, headers: { 'X-API-Key': createToken('rl_test_') } });
    expect(result.status).toBe(200);
  });

  it('describes the principal of a key', async () => {
    const { call, backend } = await createTestApi();
    const { key, secret } = await backend.seedKey({
      name: 'ci',
      profile: 'sandbox-user',
      tier: 'free',
      type: 'personal',
      environment: 'live',
      expiresAt: '2026-02-01T00:00:00Z',
    });
    const me = await call('GET', '/v1/me', { key: secret });
    expect(me.body).toEqual({
      object: 'principal',
      type: 'api_key',
      keyId: key.id,
      tokenId: null,
      name: 'ci',
      keyType: 'personal',
      environment: 'live',
      scopes: ['sandbox:create', 'sandbox:read', 'sandbox:delete', 'sandbox:pause', 'sandbox:execute'],
      tier: 'free',
      expiresAt: '2026-02-01T00:00:00Z',
      subject: null,
    });
  });
});
