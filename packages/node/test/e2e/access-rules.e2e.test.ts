import { describe, expect, it } from 'vitest';
import { AuthenticationError, PermissionDeniedError, Runlet } from '../../src/index.js';
import { useMockServer } from './server.js';

const { server, admin } = useMockServer();
const as = (apiKey: string, extra = {}) =>
  new Runlet({ apiKey, baseURL: server().url, env: {}, maxRetries: 0, ...extra });

describe('access rules enforced by the API, seen through the SDK', () => {
  it('refuses a call outside the key’s scopes with the required scope', async () => {
    const readOnly = await admin().keys.create({ name: 'ro', profile: 'read-only' });
    const client = as(readOnly.secret);
    await expect(client.keys.list()).resolves.toBeDefined();
    const error = await client.keys.create({ name: 'nope', scopes: ['keys:read'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ status: 403, code: 'FORBIDDEN', details: { requiredScopes: ['keys:manage'] } });
  });

  it('stops a revoked key at once', async () => {
    const created = await admin().keys.create({ name: 'temp', scopes: ['sandbox:read'] });
    const client = as(created.secret);
    await expect(client.me()).resolves.toMatchObject({ keyId: created.id });
    await admin().keys.revoke(created.id);
    await expect(client.me()).rejects.toMatchObject({ constructor: AuthenticationError, code: 'INVALID_API_KEY' });
  });

  it('keeps a rotated key working for exactly its grace period', async () => {
    const created = await admin().keys.create({ name: 'rotating', scopes: ['sandbox:read'] });
    const rotated = await admin().keys.rotate(created.id, { gracePeriodSeconds: 60 });
    await expect(as(created.secret).me()).resolves.toBeDefined();
    await expect(as(rotated.secret).me()).resolves.toMatchObject({ keyId: rotated.id });
    server().backend.clock.advance(59_000);
    await expect(as(created.secret).me()).resolves.toBeDefined();
    server().backend.clock.advance(2_000);
    await expect(as(created.secret).me()).rejects.toBeInstanceOf(AuthenticationError);
    await expect(as(rotated.secret).me()).resolves.toBeDefined();
  });

  it('enforces the IP allowlist, and lets the caller in once its address is added', async () => {
    const created = await admin().keys.create({
      name: 'office',
      scopes: ['sandbox:read'],
      allowedIps: ['203.0.113.0/24'],
    });
    const error = await as(created.secret)
      .me()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, code: 'IP_NOT_ALLOWED' });
    await admin().keys.addAllowedIp(created.id, '127.0.0.1');
    await expect(as(created.secret).me()).resolves.toMatchObject({ keyId: created.id });
  });

  it('refuses unsigned requests for a key that requires signatures, and accepts signed ones', async () => {
    const created = await admin().keys.create({ name: 'signed', scopes: ['sandbox:read'], requireSignature: true });
    await expect(as(created.secret).me()).rejects.toMatchObject({ code: 'INVALID_SIGNATURE' });
    const signed = as(created.secret, { signingSecret: created.signingSecret });
    await expect(signed.me()).resolves.toMatchObject({ keyId: created.id });
    await expect(signed.sandboxes.list({ limit: 5 })).resolves.toBeDefined();
  });

  it('corrects its clock after SIGNATURE_EXPIRED and retries once', async () => {
    const created = await admin().keys.create({ name: 'skew', scopes: ['sandbox:read'], requireSignature: true });
    server().backend.clock.advance(3_600_000);
    const before = server().backend.requests.length;
    const signed = as(created.secret, { signingSecret: created.signingSecret });
    await expect(signed.me()).resolves.toMatchObject({ keyId: created.id });
    const statuses = server()
      .backend.requests.slice(before)
      .map((r) => r.status);
    expect(statuses).toEqual([401, 200]);
    await expect(signed.me()).resolves.toBeDefined();
    expect(
      server()
        .backend.requests.slice(before)
        .map((r) => r.status),
    ).toEqual([401, 200, 200]);
  });
});
