import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importSigningKey } from '@runlet/types';
import { describe, expect, it } from 'vitest';
import { verifyRequestSignature } from '../src/backend/request-signature.js';
import { createTestApi, signatureHeaders, T0 } from './support/api.js';

interface SigningVectors {
  secret: string;
  vectors: { method: string; path: string; timestamp: number; body: string; signature: string }[];
}

const shared = fileURLToPath(new URL('../../../../shared/vectors/signing.json', import.meta.url));
const vendored = fileURLToPath(new URL('../../../test/vectors/signing.json', import.meta.url));
const vectors = JSON.parse(readFileSync(existsSync(shared) ? shared : vendored, 'utf8')) as SigningVectors;
const encoder = new TextEncoder();

describe('signature verification', () => {
  it.each(vectors.vectors)('accepts the shared vector $method $path', async (vector) => {
    const key = await importSigningKey(vectors.secret);
    const request = {
      method: vector.method,
      target: vector.path,
      body: encoder.encode(vector.body),
      timestamp: String(vector.timestamp),
      signature: vector.signature,
    };
    await expect(verifyRequestSignature(request, key, vector.timestamp * 1000, true)).resolves.toBeUndefined();
    const tampered = { ...request, body: encoder.encode(`${vector.body} `) };
    await expect(verifyRequestSignature(tampered, key, vector.timestamp * 1000, true)).rejects.toMatchObject({
      code: 'INVALID_SIGNATURE',
    });
  });
});

describe('request signing', () => {
  it('refuses an unsigned request to a key that requires signatures, and accepts a signed one', async () => {
    const { call, backend } = await createTestApi();
    const { secret, signingSecret } = await backend.seedKey({ requireSignature: true });
    const unsigned = await call('GET', '/v1/keys?limit=5', { key: secret });
    expect(unsigned.body.error).toMatchObject({ code: 'INVALID_SIGNATURE', status: 401 });
    const headers = signatureHeaders(signingSecret, 'GET', '/v1/keys?limit=5', '', T0 / 1000);
    expect((await call('GET', '/v1/keys?limit=5', { key: secret, headers })).status).toBe(200);
  });

  it('signs the exact body and the path with its query', async () => {
    const { call, backend } = await createTestApi();
    const { secret, signingSecret } = await backend.seedKey({ requireSignature: true });
    const body = '{"name":"héllo","scopes":["keys:read"]}';
    const headers = signatureHeaders(signingSecret, 'POST', '/v1/keys', body, T0 / 1000);
    const created = await call('POST', '/v1/keys', { key: secret, body, headers });
    expect(created.status).toBe(201);
    const reformatted = await call('POST', '/v1/keys', { key: secret, body: body.replace(',', ', '), headers });
    expect(reformatted.body.error.code).toBe('INVALID_SIGNATURE');
    const otherQuery = await call('GET', '/v1/keys?limit=6', {
      key: secret,
      headers: signatureHeaders(signingSecret, 'GET', '/v1/keys?limit=5', '', T0 / 1000),
    });
    expect(otherQuery.body.error.code).toBe('INVALID_SIGNATURE');
  });

  it('accepts a timestamp within 300 seconds either way and answers SIGNATURE_EXPIRED with serverTime beyond', async () => {
    const { call, backend } = await createTestApi();
    const { secret, signingSecret } = await backend.seedKey({ requireSignature: true });
    const at = (seconds: number) => ({
      key: secret,
      headers: signatureHeaders(signingSecret, 'GET', '/v1/me', '', T0 / 1000 + seconds),
    });
    expect((await call('GET', '/v1/me', at(300))).status).toBe(200);
    expect((await call('GET', '/v1/me', at(-300))).status).toBe(200);
    for (const offset of [301, -301]) {
      const stale = await call('GET', '/v1/me', at(offset));
      expect(stale.body.error).toMatchObject({ code: 'SIGNATURE_EXPIRED', details: { serverTime: T0 / 1000 } });
    }
  });

  it('verifies a signature whenever one is sent, even for a key that does not require it', async () => {
    const { call, backend } = await createTestApi();
    const { secret, signingSecret } = await backend.seedKey();
    const good = signatureHeaders(signingSecret, 'GET', '/v1/me', '', T0 / 1000);
    expect((await call('GET', '/v1/me', { key: secret, headers: good })).status).toBe(200);
    const wrong = signatureHeaders(signingSecret, 'GET', '/v1/keys', '', T0 / 1000);
    expect((await call('GET', '/v1/me', { key: secret, headers: wrong })).body.error.code).toBe('INVALID_SIGNATURE');
    const half = { 'X-Timestamp': String(T0 / 1000) };
    const missing = await call('GET', '/v1/me', { key: secret, headers: half });
    expect(missing.body.error.message).toContain('X-Signature is missing');
    const badTime = await call('GET', '/v1/me', { key: secret, headers: { ...good, 'X-Timestamp': 'soon' } });
    expect(badTime.body.error.code).toBe('INVALID_SIGNATURE');
    const badHex = await call('GET', '/v1/me', { key: secret, headers: { ...good, 'X-Signature': 'zz' } });
    expect(badHex.body.error.code).toBe('INVALID_SIGNATURE');
  });

  it('checks the signature with the key’s own signing secret, not another key’s', async () => {
    const { call, backend } = await createTestApi();
    const first = await backend.seedKey({ requireSignature: true });
    const second = await backend.seedKey();
    const headers = signatureHeaders(second.signingSecret, 'GET', '/v1/me', '', T0 / 1000);
    expect((await call('GET', '/v1/me', { key: first.secret, headers })).body.error.code).toBe('INVALID_SIGNATURE');
  });

  it('gives a rotated key a new signing secret and keeps the requirement', async () => {
    const { call, backend, adminKey } = await createTestApi();
    const { key, signingSecret } = await backend.seedKey({ requireSignature: true });
    const rotated = await call('POST', `/v1/keys/${key.id}/rotate`, { key: adminKey });
    expect(rotated.body.requireSignature).toBe(true);
    expect(rotated.body.signingSecret).not.toBe(signingSecret);
    const headers = signatureHeaders(rotated.body.signingSecret, 'GET', '/v1/me', '', T0 / 1000);
    expect((await call('GET', '/v1/me', { key: rotated.body.secret, headers })).status).toBe(200);
  });
});
