import { describe, expect, it } from 'vitest';
import { createTestApi } from './support/api.js';

describe('scopes and profiles', () => {
  it('answers FORBIDDEN with details.requiredScopes when a key lacks the scope', async () => {
    const { call, backend } = await createTestApi();
    const { secret } = await backend.seedKey({ scopes: ['keys:read'] });
    expect((await call('GET', '/v1/keys', { key: secret })).status).toBe(200);
    const result = await call('POST', '/v1/keys', { key: secret, json: { name: 'x', scopes: ['keys:read'] } });
    expect(result.status).toBe(403);
    expect(result.body.error).toMatchObject({ code: 'FORBIDDEN', details: { requiredScopes: ['keys:manage'] } });
    expect(result.body.error.message).toBe('This key lacks the scope keys:manage.');
  });

  it('lets GET /v1/me through with any scope', async () => {
    const { call, backend } = await createTestApi();
    const { secret } = await backend.seedKey({ scopes: ['agent:read'] });
    expect((await call('GET', '/v1/me', { key: secret })).status).toBe(200);
  });

  it('grants a whole family with sandbox:* and everything with *', async () => {
    const { call, backend } = await createTestApi();
    const { secret: family } = await backend.seedKey({ scopes: ['sandbox:*'] });
    expect((await call('POST', '/v1/sandboxes', { key: family, json: {} })).status).toBe(201);
    expect((await call('GET', '/v1/sandboxes', { key: family })).status).toBe(200);
    expect((await call('GET', '/v1/agents', { key: family })).status).toBe(403);
    const { secret: all } = await backend.seedKey({ scopes: ['*'] });
    expect((await call('GET', '/v1/agents', { key: all })).status).toBe(200);
  });

  it('expands a profile into its scopes on the key', async () => {
    const { call, adminKey } = await createTestApi();
    const created = await call('POST', '/v1/keys', { key: adminKey, json: { name: 'reader', profile: 'read-only' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ profile: 'read-only', scopes: ['keys:read', 'sandbox:read', 'agent:read'] });
    const reader = created.body.secret as string;
    expect((await call('GET', '/v1/sandboxes', { key: reader })).status).toBe(200);
    const refused = await call('POST', '/v1/sandboxes', { key: reader, json: {} });
    expect(refused.body.error.details.requiredScopes).toEqual(['sandbox:create']);
  });

  it('never lets a key grant scopes it does not hold, to a key or through an update', async () => {
    const { call, backend } = await createTestApi();
    const { secret, key } = await backend.seedKey({ scopes: ['keys:manage', 'sandbox:read'] });
    const escalate = await call('POST', '/v1/keys', { key: secret, json: { name: 'x', scopes: ['*'] } });
    expect(escalate.status).toBe(403);
    expect(escalate.body.error.details.requiredScopes).toEqual(['*']);
    const viaProfile = await call('POST', '/v1/keys', { key: secret, json: { name: 'x', profile: 'sandbox-user' } });
    expect(viaProfile.body.error.details.requiredScopes).toEqual([
      'sandbox:create',
      'sandbox:delete',
      'sandbox:pause',
      'sandbox:execute',
    ]);
    const ok = await call('POST', '/v1/keys', { key: secret, json: { name: 'x', scopes: ['sandbox:read'] } });
    expect(ok.status).toBe(201);
    const update = await call('PATCH', `/v1/keys/${key.id}`, { key: secret, json: { scopes: ['agent:run'] } });
    expect(update.body.error).toMatchObject({ code: 'FORBIDDEN', details: { requiredScopes: ['agent:run'] } });
  });

  it('replaces a profile by explicit scopes on update', async () => {
    const { call, backend, adminKey } = await createTestApi();
    const { key } = await backend.seedKey({ profile: 'read-only' });
    const updated = await call('PATCH', `/v1/keys/${key.id}`, { key: adminKey, json: { scopes: ['agent:read'] } });
    expect(updated.body).toMatchObject({ scopes: ['agent:read'], profile: null });
  });
});
