import type {
  ApiKey,
  CreatedApiKey,
  CreateKeyRequest,
  KeyUsage,
  Principal,
  RotatedApiKey,
  Sandbox,
  Schemas,
} from '@runlet/types';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type APIPromise,
  type OptionsArgs,
  type PagePromise,
  type PathsWithMethod,
  RunletClient,
} from '../src/index.js';
import { Keys, LazyTransport, type Sandboxes } from '../src/internal.js';
import { apiKey, BASE, json, KEY, mockFetch } from './helpers.js';

const SECRET = KEY;
const SIGNING = 'rl_sig_0123456789abcdefghijABCDEFGHIJ0123';

function keysAnswering(...responses: Response[]) {
  const { fetch, calls } = mockFetch(...responses);
  const client = new RunletClient({ baseURL: BASE, fetch, validate: 'off' });
  return { keys: new Keys(new LazyTransport(async () => client)), calls };
}

describe('named types', () => {
  it('resource methods return the schema types by name', () => {
    expectTypeOf<Keys['retrieve']>().returns.toEqualTypeOf<APIPromise<ApiKey>>();
    expectTypeOf<Keys['list']>().returns.toEqualTypeOf<PagePromise<ApiKey>>();
    expectTypeOf<Keys['create']>().returns.toEqualTypeOf<APIPromise<CreatedApiKey>>();
    expectTypeOf<Keys['rotate']>().returns.toEqualTypeOf<APIPromise<RotatedApiKey>>();
    expectTypeOf<Keys['usage']>().returns.toEqualTypeOf<APIPromise<KeyUsage>>();
    expectTypeOf<Sandboxes['create']>().returns.toEqualTypeOf<APIPromise<Sandbox>>();
    expectTypeOf<Keys['create']>().parameter(0).toEqualTypeOf<CreateKeyRequest>();
    expectTypeOf<Schemas['CreatedApiKey']>().toEqualTypeOf<CreatedApiKey>();
  });

  it('a call to a path that has no such method takes one argument, so the error names the path', () => {
    // With the options required for some paths, `client.get('/v1/nope')` used to report `Expected 2 arguments`.
    expectTypeOf<[]>().toExtend<OptionsArgs<PathsWithMethod<'get'>, 'get'>>();
    expectTypeOf<[]>().toExtend<OptionsArgs<PathsWithMethod<'post'>, 'post'>>();
    expectTypeOf<[]>().not.toExtend<OptionsArgs<'/v1/keys/{keyId}', 'get'>>();
    expectTypeOf<[]>().not.toExtend<OptionsArgs<'/v1/keys', 'post'>>();
  });
});

describe('keys.create takes exactly one of scopes and profile', () => {
  it('does not compile both or neither, and sends either', async () => {
    const { keys, calls } = keysAnswering(json(201, { ...apiKey(1), secret: SECRET, signingSecret: SIGNING }));
    const typeOnly = () => {
      // @ts-expect-error — scopes and profile together
      void keys.create({ name: 'both', scopes: ['keys:read'], profile: 'admin' });
      // @ts-expect-error — neither scopes nor profile
      void keys.create({ name: 'neither' });
      // @ts-expect-error — request enums stay closed: not a key type
      void keys.create({ name: 'typo', profile: 'admin', type: 'servce' });
    };
    expect(typeOnly).toBeTypeOf('function');
    await keys.create({ name: 'scoped', scopes: ['keys:read'] });
    await keys.create({ name: 'profiled', profile: 'read-only' });
    expect(calls.map((call) => JSON.parse(call.body))).toEqual([
      { name: 'scoped', scopes: ['keys:read'] },
      { name: 'profiled', profile: 'read-only' },
    ]);
  });
});

describe('a created key’s secrets', () => {
  it('are readable on the key, and gone from a spread, structuredClone and JSON, as the type of a spread says', async () => {
    const { keys } = keysAnswering(json(201, { ...apiKey(1), secret: SECRET, signingSecret: SIGNING }));
    const created = await keys.create({ name: 'once', profile: 'admin' });
    expectTypeOf(created.secret).toEqualTypeOf<string>();
    expect(created.secret).toBe(SECRET);
    expect(created.signingSecret).toBe(SIGNING);

    const copy = { ...created };
    // @ts-expect-error — a spread drops the non-enumerable secret, and its type has none
    expect(copy.secret).toBeUndefined();
    // @ts-expect-error — the signing secret too
    expect(copy.signingSecret).toBeUndefined();
    expectTypeOf(copy).toExtend<ApiKey>();
    expect(copy.id).toBe(created.id);
    expect(structuredClone(created)).not.toHaveProperty('secret');
    expect(JSON.parse(JSON.stringify(created))).not.toHaveProperty('signingSecret');
  });
});

describe('response enums are open', () => {
  it('so code must handle a value this release does not know', () => {
    expectTypeOf<ApiKey['status']>().toEqualTypeOf<'active' | 'rotated' | 'expired' | 'revoked' | (string & {})>();
    expectTypeOf<Principal['scopes'][number]>().toExtend<string>();
    const describe = (status: ApiKey['status']): string => {
      switch (status) {
        case 'active':
        case 'rotated':
        case 'expired':
        case 'revoked':
          return status;
        default: {
          // @ts-expect-error — `suspended` may come one day: the switch is not exhaustive over the known values
          const unreachable: never = status;
          return unreachable;
        }
      }
    };
    expect(describe('suspended')).toBe('suspended');
  });
});
