import { createToken } from '@runlet/types';
import { describe, expect, it, vi } from 'vitest';
import { bearerAuth, InvalidKeyFormatError, RunletClient } from '../src/index.js';
import { BASE, json, KEY, mockFetch, principal } from './helpers.js';

describe('bearer auth', () => {
  it('refuses a mistyped key offline, before anything is sent', async () => {
    const typo = `${KEY.slice(0, -1)}${KEY.endsWith('a') ? 'b' : 'a'}`;
    expect(() => bearerAuth(typo)).toThrow(InvalidKeyFormatError);
    const { fetch, calls } = mockFetch(json(200, principal));
    const client = new RunletClient({ baseURL: BASE, fetch, auth: bearerAuth(async () => typo) });
    const error = await client.get('/v1/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidKeyFormatError);
    expect(error).toMatchObject({ reason: 'checksum-mismatch', prefix: 'rl_test_' });
    expect((error as Error).message).not.toContain(KEY.slice(8));
    expect(calls).toHaveLength(0);
  });

  it('says when a key looks truncated or has an unknown prefix', () => {
    expect(() => bearerAuth(KEY.slice(0, 30))).toThrow(/too short; it looks truncated/);
    expect(() => bearerAuth('rl_prod_aWFeOgd23eOp1ARVjVEeNJPXGyijpX4V3ebo')).toThrow(/Unknown token prefix "rl_prod_"/);
  });

  it('refuses a signing secret used as an API key', () => {
    expect(() => bearerAuth(createToken('rl_sig_'))).toThrow(/is a signing secret \(rl_sig_…\); expected rl_live_…/);
  });

  it('calls a key function per attempt, for rotation from a secret manager', async () => {
    const keys = [createToken('rl_live_'), createToken('rl_live_')];
    const source = vi.fn(async () => keys[source.mock.calls.length - 1] as string);
    const { fetch, calls } = mockFetch(json(200, principal));
    const client = new RunletClient({ baseURL: BASE, fetch, auth: bearerAuth(source) });
    await client.get('/v1/me');
    await client.get('/v1/me');
    expect(calls.map((c) => c.request.headers.get('authorization'))).toEqual(keys.map((k) => `Bearer ${k}`));
  });

  it('can send X-API-Key instead of Authorization', async () => {
    const { fetch, calls } = mockFetch(json(200, principal));
    await new RunletClient({ baseURL: BASE, fetch, auth: bearerAuth(KEY, { header: 'x-api-key' }) }).get('/v1/me');
    expect(calls[0]?.request.headers.get('x-api-key')).toBe(KEY);
    expect(calls[0]?.request.headers.has('authorization')).toBe(false);
  });

  it('describes itself without the secret', () => {
    const client = new RunletClient({ baseURL: BASE, auth: bearerAuth(KEY) });
    expect(JSON.stringify(client)).toBe(JSON.stringify({ baseURL: BASE, auth: `bearer rl_test_…${KEY.slice(-4)}` }));
    expect(String(client)).not.toContain(KEY);
  });
});
