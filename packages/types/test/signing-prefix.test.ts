import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signaturePrefix } from '../src/index.js';
import { loadVectors } from './vectors.js';

interface SigningVectors {
  secret: string;
  vectors: { method: string; path: string; timestamp: number; body: string; signature: string }[];
}

const { data } = loadVectors<SigningVectors>('signing');

describe('signaturePrefix against shared/vectors/signing.json', () => {
  it.each(data.vectors)('reproduces the signature of $method $path', (v) => {
    const mac = createHmac('sha256', data.secret)
      .update(signaturePrefix(v.method, v.path, v.timestamp))
      .update(v.body);
    expect(mac.digest('hex')).toBe(v.signature);
  });

  it('upper-cases the method so that a lower-case caller signs what is sent', () => {
    expect(signaturePrefix('get', '/v1/me', 1)).toBe('GET\n/v1/me\n1\n');
  });
});
