import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parse } from 'yaml';
import {
  type ApiKey,
  type ClientToken,
  type CreatedApiKey,
  type CreateKeyRequest,
  type CreateTokenRequest,
  type ErrorBody,
  hasScope,
  type KeyStatus,
  type KeyType,
  type Principal,
  type Schemas,
  type Scope,
  type UpdateKeyRequest,
} from '../src/index.js';

const spec = parse(readFileSync(new URL('../../../openapi/runlet.yaml', import.meta.url), 'utf8')) as {
  components: { schemas: Record<string, unknown> };
};
const index = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8');

describe('every schema has a name', () => {
  it('is exported from @runlet/types by its schema name', () => {
    const exported = new Set(index.match(/\b[A-Z]\w*\b/g));
    const missing = Object.keys(spec.components.schemas).filter((name) => !exported.has(name));
    expect(missing).toEqual([]);
  });

  it('and is the same type as Schemas[name]', () => {
    expectTypeOf<Schemas['ApiKey']>().toEqualTypeOf<ApiKey>();
    expectTypeOf<Schemas['Principal']>().toEqualTypeOf<Principal>();
    expectTypeOf<Schemas['CreatedApiKey']>().toEqualTypeOf<CreatedApiKey>();
    expectTypeOf<Schemas['CreateKeyRequest']>().toEqualTypeOf<CreateKeyRequest>();
  });
});

describe('response enums are open, request enums closed', () => {
  it('opens an enum in a response, so code handles values added after this release', () => {
    expectTypeOf<ApiKey['status']>().toEqualTypeOf<'active' | 'rotated' | 'expired' | 'revoked' | (string & {})>();
    expectTypeOf<ApiKey['type']>().toEqualTypeOf<KeyType | (string & {})>();
    expectTypeOf<ApiKey['prefix']>().toEqualTypeOf<'rl_live_' | 'rl_test_' | (string & {})>();
    expectTypeOf<Principal['type']>().toEqualTypeOf<'api_key' | 'client_token' | (string & {})>();
    expectTypeOf<Principal['keyType']>().toEqualTypeOf<KeyType | (string & {}) | null>();
    expectTypeOf<Principal['scopes']>().toEqualTypeOf<(Scope | (string & {}))[]>();
    expectTypeOf<ClientToken['scopes'][number]>().toExtend<string>();
    expectTypeOf<ErrorBody['code']>().toExtend<string>();
    const status: ApiKey['status'] = 'suspended';
    expect(status).toBe('suspended');
  });

  it('keeps consts closed, and the enum types themselves list the known values', () => {
    expectTypeOf<ApiKey['object']>().toEqualTypeOf<'api_key'>();
    expectTypeOf<KeyStatus>().toEqualTypeOf<'active' | 'rotated' | 'expired' | 'revoked'>();
    expectTypeOf<KeyType>().toEqualTypeOf<'personal' | 'service' | 'temporary'>();
  });

  it('keeps an enum closed where a request carries it, even one responses share', () => {
    expectTypeOf<NonNullable<CreateTokenRequest['scopes']>[number]>().toEqualTypeOf<Schemas['ClientTokenScope']>();
    expectTypeOf<NonNullable<UpdateKeyRequest['scopes']>>().toEqualTypeOf<Scope[]>();
    // @ts-expect-error — not a key type
    const typo: CreateKeyRequest = { name: 'ci', profile: 'admin', type: 'servce' };
    // @ts-expect-error — not a scope
    const scope: CreateKeyRequest = { name: 'ci', scopes: ['keys:write'] };
    expect([typo, scope]).toHaveLength(2);
  });

  it('takes exactly one of scopes and profile in CreateKeyRequest', () => {
    // @ts-expect-error — both
    const both: CreateKeyRequest = { name: 'ci', scopes: ['keys:read'], profile: 'admin' };
    // @ts-expect-error — neither
    const neither: CreateKeyRequest = { name: 'ci' };
    const scoped: CreateKeyRequest = { name: 'ci', scopes: ['keys:read'] };
    const profiled: CreateKeyRequest = { name: 'ci', profile: 'read-only', type: 'service' };
    expect([both, neither, scoped, profiled]).toHaveLength(4);
  });

  it('lets hasScope take the scopes of a response, unknown ones included', () => {
    const principal = { scopes: ['sandbox:*', 'billing:read'] } satisfies Pick<Principal, 'scopes'>;
    expect(hasScope(principal.scopes, 'sandbox:execute')).toBe(true);
    expect(hasScope(principal.scopes, 'keys:read')).toBe(false);
  });
});

describe('a created key', () => {
  it('has secrets its spread does not have', () => {
    const typeOnly = (created: CreatedApiKey) => {
      expectTypeOf(created.secret).toEqualTypeOf<string>();
      expectTypeOf(created.signingSecret).toEqualTypeOf<string>();
      const copy = { ...created };
      // @ts-expect-error — a spread drops the SDK's non-enumerable secret, so its type has none
      void copy.secret;
      // @ts-expect-error — nor the signing secret
      void copy.signingSecret;
      expectTypeOf(copy.id).toEqualTypeOf<string>();
    };
    expect(typeOnly).toBeTypeOf('function');
  });
});
