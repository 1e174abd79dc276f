import { describe, expect, it } from 'vitest';
import { apiOperations, hasScope, profileScopes, SCOPES, schemas, statusByErrorCode } from '../src/index.js';

describe('generated schemas at run time', () => {
  it('accepts the documented key object and rejects one with a bad id', () => {
    const key = {
      object: 'api_key',
      id: 'key_7Hq2Lm9Xz1Pa4Rt6',
      name: 'ci-worker',
      prefix: 'rl_test_',
      lastFour: 'U5fo',
      type: 'service',
      environment: 'test',
      scopes: ['sandbox:create'],
      profile: null,
      status: 'active',
      tier: 'free',
      createdAt: '2026-01-01T00:00:00Z',
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
      allowedIps: [],
      agentId: null,
      requireSignature: false,
      rotatedFrom: null,
      graceExpiresAt: null,
    };
    expect(schemas.ApiKey.safeParse(key).success).toBe(true);
    const bad = schemas.ApiKey.safeParse({ ...key, id: 'key_short' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['id']);
  });

  it('refuses unknown members in request bodies but not in responses', () => {
    expect(schemas.CreateKeyRequest.safeParse({ name: 'a', scopes: ['*'], colour: 'red' }).success).toBe(false);
    const principal = {
      object: 'principal',
      type: 'api_key',
      keyId: 'key_7Hq2Lm9Xz1Pa4Rt6',
      tokenId: null,
      name: 'a',
      keyType: 'service',
      environment: 'live',
      scopes: ['*'],
      tier: 'pro',
      expiresAt: null,
      subject: null,
      addedLater: true,
    };
    expect(schemas.Principal.safeParse(principal).success).toBe(true);
  });

  it('checks bounds the spec gives', () => {
    expect(schemas.CreateTokenRequest.safeParse({ scopes: ['agent:run'], ttlSeconds: 59 }).success).toBe(false);
    expect(schemas.CreateTokenRequest.safeParse({ scopes: ['agent:run'], ttlSeconds: 60 }).success).toBe(true);
    expect(schemas.CreateTokenRequest.safeParse({ scopes: ['keys:read'] }).success).toBe(false);
    expect(apiOperations.listKeys.query.safeParse({ limit: 101 }).success).toBe(false);
  });
});

describe('operation table', () => {
  it('names the scope of every operation but /v1/me', () => {
    for (const op of Object.values(apiOperations)) {
      if (op.operationId === 'getMe') expect(op.scopes).toEqual([]);
      else expect(op.scopes.length).toBe(1);
    }
    expect(apiOperations.createKey).toMatchObject({ method: 'POST', path: '/v1/keys', scopes: ['keys:manage'] });
    expect(apiOperations.execSandbox.scopes).toEqual(['sandbox:execute']);
  });

  it('maps every error code to the status DESIGN.md gives', () => {
    expect(statusByErrorCode).toMatchObject({
      UNAUTHORIZED: 401,
      SIGNATURE_EXPIRED: 401,
      IP_NOT_ALLOWED: 403,
      VALIDATION_ERROR: 400,
      RATE_LIMITED: 429,
      CONFLICT: 409,
    });
  });
});

describe('scopes', () => {
  it('lets wildcards cover their family and * cover all', () => {
    expect(hasScope(['*'], 'keys:manage')).toBe(true);
    expect(hasScope(['sandbox:*'], 'sandbox:execute')).toBe(true);
    expect(hasScope(['sandbox:*'], 'agent:run')).toBe(false);
    expect(hasScope(['keys:read'], 'keys:manage')).toBe(false);
  });

  it('expands profiles as DESIGN.md says', () => {
    expect(profileScopes['read-only']).toEqual(['keys:read', 'sandbox:read', 'agent:read']);
    expect(profileScopes.admin).toEqual(['*']);
    expect(SCOPES).toContain('agent:*');
  });
});
