import { InvalidKeyFormatError } from '@runlet/core';
import { createToken } from '@runlet/types';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { checkSignature, createSigner, type VerifySignatureInput, verifySignature } from '../src/index.js';
import { loadVectors, type SigningVectors } from './vectors.js';

const { data } = loadVectors<SigningVectors>('signing');
const post = data.vectors.find((v) => v.method === 'POST' && v.body !== '');
if (!post) throw new Error('the vectors should include a POST with a body');
const other = createToken('rl_sig_');

const base: VerifySignatureInput = {
  method: post.method,
  path: post.path,
  body: post.body,
  timestamp: post.timestamp,
  signature: post.signature,
  secrets: data.secret,
  now: post.timestamp,
};

describe('verifySignature against the shared vectors', () => {
  it.each(data.vectors)('accepts the vector $method $path', (v) => {
    const input = { ...v, secrets: data.secret, now: v.timestamp };
    expect(verifySignature(input)).toBe(true);
    expect(checkSignature(input)).toEqual({ valid: true, secretIndex: 0 });
  });

  it('accepts the timestamp and signature as header strings and the method in any case', () => {
    expect(verifySignature({ ...base, method: 'post', timestamp: String(post.timestamp) })).toBe(true);
    expect(verifySignature({ ...base, signature: post.signature.toUpperCase() })).toBe(true);
  });

  it('accepts the body as bytes: Buffer, Uint8Array or ArrayBuffer', () => {
    const bytes = new TextEncoder().encode(post.body);
    expect(verifySignature({ ...base, body: Buffer.from(post.body) })).toBe(true);
    expect(verifySignature({ ...base, body: bytes })).toBe(true);
    expect(verifySignature({ ...base, body: bytes.buffer })).toBe(true);
  });

  it('verifies what createSigner signs, now, with the default clock and window', () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = createSigner(data.secret)('PUT', '/v1/keys/key_1/alert', timestamp, '{"thresholdPercent":80}');
    const input = {
      method: 'PUT',
      path: '/v1/keys/key_1/alert',
      body: '{"thresholdPercent":80}',
      timestamp,
      signature,
    };
    expect(verifySignature({ ...input, secrets: data.secret })).toBe(true);
    const stale = timestamp - 3600;
    const staleSignature = createSigner(data.secret)('PUT', '/v1/keys/key_1/alert', stale, input.body);
    expect(
      checkSignature({ ...input, timestamp: stale, signature: staleSignature, secrets: data.secret }),
    ).toMatchObject({ valid: false, reason: 'expired' });
  });
});

describe('verifySignature with several secrets (rotation)', () => {
  it('accepts a signature made with any of the secrets and reports which one matched', () => {
    expect(checkSignature({ ...base, secrets: [other, data.secret] })).toEqual({ valid: true, secretIndex: 1 });
    expect(checkSignature({ ...base, secrets: [data.secret, other] })).toEqual({ valid: true, secretIndex: 0 });
  });

  it('refuses a signature made with a secret that is not in the list', () => {
    expect(checkSignature({ ...base, secrets: [other] })).toEqual({
      valid: false,
      reason: 'mismatch',
      serverTime: post.timestamp,
    });
  });

  it('refuses an empty list and a malformed secret as wrong usage', () => {
    expect(() => verifySignature({ ...base, secrets: [] })).toThrow(/`secrets` is empty/);
    expect(() => verifySignature({ ...base, secrets: [data.secret, `${other} `] })).toThrow(InvalidKeyFormatError);
    expect(() => verifySignature({ ...base, secrets: [data.secret, `${other} `] })).toThrow(/secrets\[1\]/);
  });

  it('skips unset and empty entries, the rotation pattern once the old variable is gone', () => {
    const env: Record<string, string | undefined> = { SIGNING_SECRET: data.secret };
    const secrets = [env.SIGNING_SECRET_NEXT, env.SIGNING_SECRET, env.SIGNING_SECRET_PREVIOUS, ''];
    expect(verifySignature({ ...base, secrets })).toBe(true);
    // secretIndex is the position in the list given, so it still names the variable that matched.
    expect(checkSignature({ ...base, secrets })).toEqual({ valid: true, secretIndex: 1 });
    expect(checkSignature({ ...base, secrets: [other, undefined] })).toMatchObject({
      valid: false,
      reason: 'mismatch',
    });
  });

  it('throws only when no usable secret is left, and says so', () => {
    expect(() => verifySignature({ ...base, secrets: [undefined, undefined] })).toThrow(
      /^`secrets` holds no secret \(2 entries, all undefined\): pass the signing secret .*Is the environment variable/,
    );
    expect(() => verifySignature({ ...base, secrets: [undefined, ''] })).toThrow(/all undefined or ''/);
    expect(() => verifySignature({ ...base, secrets: undefined })).toThrow(/holds no secret \(only undefined\)/);
    expect(() => verifySignature({ ...base, secrets: '' })).toThrow(/holds no secret \(only ''\)/);
  });

  it('types secrets to take environment variables as they are', () => {
    expectTypeOf<VerifySignatureInput['secrets']>().toEqualTypeOf<
      string | undefined | readonly (string | undefined)[]
    >();
    const fromEnv: (string | undefined)[] = [process.env.SIGNING_SECRET, process.env.SIGNING_SECRET_PREVIOUS];
    expectTypeOf({ ...base, secrets: fromEnv }).toExtend<VerifySignatureInput>();
    // @ts-expect-error a secret is a string, not a number
    expectTypeOf({ ...base, secrets: [42] }).toExtend<VerifySignatureInput>();
  });
});

describe('verifySignature time window', () => {
  it.each([300, -300])('accepts a timestamp %i s from the server clock', (offset) => {
    expect(verifySignature({ ...base, now: post.timestamp + offset })).toBe(true);
  });

  it.each([301, -301])('refuses a timestamp %i s from the server clock as expired, with the server time', (offset) => {
    expect(checkSignature({ ...base, now: post.timestamp + offset })).toEqual({
      valid: false,
      reason: 'expired',
      serverTime: post.timestamp + offset,
    });
  });

  it('compares whole seconds of a fractional server clock', () => {
    expect(checkSignature({ ...base, now: post.timestamp + 300.9 })).toMatchObject({ valid: true });
    expect(checkSignature({ ...base, now: post.timestamp + 301.2 })).toMatchObject({
      serverTime: post.timestamp + 301,
    });
  });

  it('honours a custom tolerance', () => {
    expect(verifySignature({ ...base, now: post.timestamp + 30, toleranceSeconds: 30 })).toBe(true);
    expect(verifySignature({ ...base, now: post.timestamp + 31, toleranceSeconds: 30 })).toBe(false);
    expect(() => verifySignature({ ...base, toleranceSeconds: -1 })).toThrow(TypeError);
  });
});

describe('verifySignature checks the HMAC before the time window', () => {
  it('calls a stale timestamp with a signature no secret reproduces a mismatch, not expired', () => {
    expect(checkSignature({ ...base, timestamp: post.timestamp - 3600 })).toMatchObject({
      valid: false,
      reason: 'mismatch',
    });
    expect(checkSignature({ ...base, now: post.timestamp + 3600, signature: 'a'.repeat(64) })).toMatchObject({
      valid: false,
      reason: 'mismatch',
    });
  });

  it('reports a timestamp of more than 12 digits as malformed, as the reference backend does', () => {
    expect(checkSignature({ ...base, timestamp: '1'.repeat(13) })).toMatchObject({ reason: 'malformed' });
    expect(checkSignature({ ...base, timestamp: 10 ** 13 })).toMatchObject({ reason: 'malformed' });
  });
});

describe('verifySignature on a tampered request', () => {
  it.each([
    ['body', { body: post.body.replace('ci-worker', 'ci-workers') }],
    ['path', { path: `${post.path}?limit=1` }],
    ['method', { method: 'PUT' }],
    ['timestamp', { timestamp: post.timestamp + 1 }],
    ['signature', { signature: `${post.signature.slice(0, -1)}${post.signature.endsWith('0') ? '1' : '0'}` }],
  ])('refuses a changed %s as a mismatch', (_, change) => {
    expect(checkSignature({ ...base, ...change })).toMatchObject({ valid: false, reason: 'mismatch' });
  });
});

describe('verifySignature on malformed headers', () => {
  it.each([
    ['a signature that is not hex', { signature: 'z'.repeat(64) }],
    ['a truncated signature', { signature: post.signature.slice(0, 62) }],
    ['a missing signature', { signature: null }],
    ['a fractional timestamp', { timestamp: '1767225601.5' }],
    ['a negative timestamp', { timestamp: '-1767225601' }],
    ['a fractional timestamp number', { timestamp: 1767225601.5 }],
    ['a timestamp that is not a number', { timestamp: 'yesterday' }],
    ['a missing timestamp', { timestamp: undefined }],
  ])('reports %s as malformed', (_, change) => {
    expect(checkSignature({ ...base, ...change })).toEqual({
      valid: false,
      reason: 'malformed',
      serverTime: post.timestamp,
    });
  });
});

describe('verifySignature on a body that is not raw', () => {
  it('throws a TypeError that says to pass the raw body for a parsed object', () => {
    // @ts-expect-error a parsed body does not compile either
    const parsed = () => verifySignature({ ...base, body: JSON.parse(post.body) as object });
    expect(parsed).toThrow(TypeError);
    expect(parsed).toThrow(/raw request body exactly as received/);
    expect(parsed).toThrow(/await request\.text\(\)/);
    expect(parsed).toThrow(/express\.raw\(/);
  });

  it('throws for a missing body and says to pass an empty string', () => {
    // @ts-expect-error the body is required
    expect(() => verifySignature({ ...base, body: undefined })).toThrow(/got undefined.*pass '' when there is no body/);
  });
});
