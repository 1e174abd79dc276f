import { InvalidKeyFormatError } from '@runlet/core';
import { createToken } from '@runlet/types';
import { describe, expect, it } from 'vitest';
import { createSigner } from '../src/index.js';
import { loadVectors, type SigningVectors } from './vectors.js';

const { data } = loadVectors<SigningVectors>('signing');
const sign = createSigner(data.secret);

describe('createSigner', () => {
  it.each(data.vectors)('reproduces the vector signature of $method $path', (v) => {
    expect(sign(v.method, v.path, v.timestamp, v.body)).toBe(v.signature);
  });

  it('signs a bytes body exactly like the same UTF-8 text', () => {
    const v = data.vectors.find((vector) => Buffer.byteLength(vector.body) !== vector.body.length);
    if (!v) throw new Error('the vectors should include a non-ASCII body');
    expect(sign(v.method, v.path, v.timestamp, new TextEncoder().encode(v.body))).toBe(v.signature);
    expect(sign(v.method, v.path, v.timestamp, Buffer.from(v.body))).toBe(v.signature);
  });

  it('upper-cases the method, as the request line is sent', () => {
    const v = data.vectors[0];
    if (!v) throw new Error('no vectors');
    expect(sign(v.method.toLowerCase(), v.path, v.timestamp, v.body)).toBe(v.signature);
  });

  it('gives a different signature for another secret', () => {
    const v = data.vectors[0];
    if (!v) throw new Error('no vectors');
    expect(createSigner(createToken('rl_sig_'))(v.method, v.path, v.timestamp, v.body)).not.toBe(v.signature);
  });

  it('refuses a truncated signing secret offline, before anything is signed', () => {
    expect(() => createSigner(data.secret.slice(0, -1))).toThrow(InvalidKeyFormatError);
    expect(() => createSigner(data.secret.slice(0, -1))).toThrow(/too short/);
  });

  it('refuses an API key passed where the signing secret belongs', () => {
    expect(() => createSigner(createToken('rl_live_'))).toThrow(/expected rl_sig_/);
  });

  it('refuses a timestamp that is not whole unix seconds', () => {
    expect(() => sign('GET', '/v1/me', 1767225600.5, '')).toThrow(TypeError);
    expect(() => sign('GET', '/v1/me', Number.NaN, '')).toThrow(/whole unix seconds/);
  });
});
