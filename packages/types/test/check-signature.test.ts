import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkSignature, checkSignatureWith, importSigningKey, type SignedRequest } from '../src/tokens.js';
import { loadVectors } from './vectors.js';

interface SigningVectors {
  secret: string;
  vectors: { method: string; path: string; timestamp: number; body: string; signature: string }[];
}

const { data } = loadVectors<SigningVectors>('signing');
const other = 'rl_sig_000000000000000000000000000000000000';
const nodeHmac = (secret: string, message: Uint8Array) => createHmac('sha256', secret).update(message).digest();

/** Both ways of computing the HMAC, which must give the same verdicts. */
const checks = {
  'a synchronous HMAC': async (request: SignedRequest, secrets: string[], now: number, toleranceSeconds?: number) =>
    checkSignatureWith(request, secrets, nodeHmac, {
      now,
      ...(toleranceSeconds !== undefined && { toleranceSeconds }),
    }),
  'crypto.subtle': async (request: SignedRequest, secrets: string[], now: number, toleranceSeconds?: number) =>
    checkSignature(request, await Promise.all(secrets.map(importSigningKey)), {
      now,
      ...(toleranceSeconds !== undefined && { toleranceSeconds }),
    }),
};

describe.each(Object.entries(checks))('signature check with %s', (_, check) => {
  it.each(data.vectors)('accepts the shared vector $method $path, as text and as bytes', async (v) => {
    await expect(check(v, [data.secret], v.timestamp)).resolves.toEqual({ valid: true, secretIndex: 0 });
    const bytes = { ...v, body: new TextEncoder().encode(v.body), timestamp: String(v.timestamp) };
    await expect(check(bytes, [data.secret], v.timestamp)).resolves.toEqual({ valid: true, secretIndex: 0 });
  });

  const v = data.vectors.find((vector) => vector.body !== '') ?? data.vectors[0];
  if (!v) throw new Error('the vectors should not be empty');

  it('reports which of several secrets matched', async () => {
    await expect(check(v, [other, data.secret], v.timestamp)).resolves.toEqual({ valid: true, secretIndex: 1 });
  });

  it('answers expired only for a signature a secret reproduces, and mismatch for a stale forgery', async () => {
    await expect(check(v, [data.secret], v.timestamp + 301)).resolves.toEqual({
      valid: false,
      reason: 'expired',
      serverTime: v.timestamp + 301,
    });
    await expect(check(v, [other], v.timestamp + 301)).resolves.toMatchObject({ reason: 'mismatch' });
    await expect(check({ ...v, body: `${v.body} ` }, [data.secret], v.timestamp - 3600)).resolves.toMatchObject({
      reason: 'mismatch',
    });
  });

  it('accepts a timestamp up to the tolerance away either way, in whole seconds of the clock', async () => {
    await expect(check(v, [data.secret], v.timestamp - 300)).resolves.toMatchObject({ valid: true });
    await expect(check(v, [data.secret], v.timestamp + 300.9)).resolves.toMatchObject({ valid: true });
    await expect(check(v, [data.secret], v.timestamp + 31, 30)).resolves.toMatchObject({ reason: 'expired' });
  });

  it.each([
    ['missing-timestamp', { timestamp: null }],
    ['missing-signature', { signature: undefined }],
    ['bad-timestamp', { timestamp: '1767225601.5' }],
    ['bad-timestamp', { timestamp: '1'.repeat(13) }],
    ['bad-timestamp', { timestamp: -1 }],
    ['bad-signature', { signature: 'z'.repeat(64) }],
    ['bad-signature', { signature: 'ab' }],
  ] as const)('reports %s as malformed', async (problem, change) => {
    await expect(check({ ...v, ...change }, [data.secret], v.timestamp)).resolves.toEqual({
      valid: false,
      reason: 'malformed',
      problem,
      serverTime: v.timestamp,
    });
  });
});
