import { describe, expect, it } from 'vitest';
import { createTestApi } from './support/api.js';

describe('request validation', () => {
  it('answers VALIDATION_ERROR with details.issues for a body that breaks the schema', async () => {
    const { call, adminKey } = await createTestApi();
    const result = await call('POST', '/v1/keys', {
      key: adminKey,
      json: { name: '', scopes: ['sandbox:fly'], expiresAt: 'tomorrow', requireSignature: 'yes', extra: 1 },
    });
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('VALIDATION_ERROR');
    expect(result.body.error.message).toBe('The request is not valid. body.name: Must not be empty. (and 4 more)');
    expect(result.body.error.details.issues).toEqual([
      { path: 'body.name', message: 'Must not be empty.' },
      {
        path: 'body.scopes.0',
        message:
          'Must be one of: *, keys:read, keys:manage, tokens:create, sandbox:*, sandbox:create, sandbox:read, sandbox:delete, sandbox:pause, sandbox:execute, agent:*, agent:read, agent:run.',
      },
      { path: 'body.expiresAt', message: 'Must be an RFC 3339 date-time, such as 2026-01-01T00:00:00Z.' },
      { path: 'body.requireSignature', message: 'Expected true or false, got a string.' },
      { path: 'body.extra', message: 'Unknown field; remove it.' },
    ]);
  });

  it('says what is missing, too long or malformed', async () => {
    const { call, adminKey, backend } = await createTestApi();
    const sandbox = backend.seedSandbox();
    const missing = await call('POST', `/v1/sandboxes/${sandbox.id}/exec`, { key: adminKey, json: {} });
    expect(missing.body.error.details.issues).toEqual([{ path: 'body.command', message: 'Required.' }]);
    const long = await call('POST', '/v1/keys', { key: adminKey, json: { name: 'x'.repeat(101), profile: 'admin' } });
    expect(long.body.error.details.issues).toEqual([
      { path: 'body.name', message: 'Must be at most 100 characters long.' },
    ]);
    const metadata = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v']));
    const tooMany = await call('POST', '/v1/sandboxes', { key: adminKey, json: { metadata } });
    expect(tooMany.body.error.details.issues).toEqual([{ path: 'body.metadata', message: 'At most 20 entries.' }]);
    const notObject = await call('POST', '/v1/sandboxes', { key: adminKey, json: [] });
    expect(notObject.body.error.details.issues).toEqual([
      { path: 'body', message: 'Expected an object, got an array.' },
    ]);
  });

  it('answers VALIDATION_ERROR for a body that is not JSON or is missing, without quoting it', async () => {
    const { call, adminKey } = await createTestApi();
    const bad = await call('POST', '/v1/sandboxes', { key: adminKey, body: '{"image": rl_secret' });
    expect(bad.body.error.details.issues).toEqual([{ path: 'body', message: 'The body is not valid JSON.' }]);
    expect(bad.text).not.toContain('rl_secret');
    const none = await call('POST', '/v1/sandboxes', { key: adminKey });
    expect(none.body.error.details.issues).toEqual([{ path: 'body', message: 'A JSON body is required.' }]);
  });

  it('needs exactly one of scopes and profile to create a key', async () => {
    const { call, adminKey } = await createTestApi();
    const neither = await call('POST', '/v1/keys', { key: adminKey, json: { name: 'x' } });
    expect(neither.body.error.details.issues).toEqual([
      { path: 'body', message: 'Give exactly one of scopes and profile.' },
    ]);
    const both = await call('POST', '/v1/keys', {
      key: adminKey,
      json: { name: 'x', scopes: ['*'], profile: 'admin' },
    });
    expect(both.body.error.details.issues).toEqual([
      { path: 'body.profile', message: 'Give either scopes or profile, not both.' },
    ]);
    const unknownAgent = await call('POST', '/v1/keys', {
      key: adminKey,
      json: { name: 'x', profile: 'admin', agentId: 'agt_none' },
    });
    expect(unknownAgent.body.error.details.issues).toEqual([{ path: 'body.agentId', message: 'No agent agt_none.' }]);
  });

  it('lets rotate go without a body and validates one when sent', async () => {
    const { call, adminKey, backend } = await createTestApi();
    const { key } = await backend.seedKey();
    const bad = await call('POST', `/v1/keys/${key.id}/rotate`, { key: adminKey, json: { gracePeriodSeconds: -1 } });
    expect(bad.body.error.details.issues).toEqual([
      { path: 'body.gracePeriodSeconds', message: 'Must be at least 0.' },
    ]);
    expect((await call('POST', `/v1/keys/${key.id}/rotate`, { key: adminKey })).status).toBe(201);
  });

  it('validates path parameters', async () => {
    const { call, adminKey } = await createTestApi();
    const long = await call('GET', `/v1/keys/key_${'x'.repeat(130)}`, { key: adminKey });
    expect(long.body.error.details.issues).toEqual([
      { path: 'path.keyId', message: 'Must be at most 128 characters long.' },
    ]);
  });

  it('answers NOT_FOUND for an unknown route, naming the methods a known path accepts', async () => {
    const { call, adminKey } = await createTestApi();
    const unknown = await call('GET', '/v1/nope', { key: adminKey });
    expect(unknown.body.error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'No operation of the Runlet API matches GET /v1/nope.',
    });
    const method = await call('PUT', '/v1/tokens', { key: adminKey, json: {} });
    expect(method.body.error.message).toBe(
      'PUT /v1/tokens is not an operation of the Runlet API; this path accepts POST.',
    );
    const anonymous = await call('GET', '/v1/nope');
    expect(anonymous.body.error.code).toBe('UNAUTHORIZED');
  });
});
