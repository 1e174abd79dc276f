import { describe, expect, it } from 'vitest';
import { createIdempotencyStore } from '../src/backend/idempotency-store.js';
import { createTestApi, T0 } from './support/api.js';

describe('idempotency', () => {
  it('replays the first response for the same key and body, with Idempotent-Replayed', async () => {
    const { call, backend, adminKey } = await createTestApi();
    const request = { key: adminKey, json: { image: 'runlet/python' }, headers: { 'Idempotency-Key': 'abc-1' } };
    const first = await call('POST', '/v1/sandboxes', request);
    const second = await call('POST', '/v1/sandboxes', request);
    expect(second.status).toBe(201);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.has('idempotent-replayed')).toBe(false);
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    const list = await call('GET', '/v1/sandboxes', { key: adminKey });
    expect(list.body.data).toHaveLength(1);
    expect(backend.requests.at(-2)?.responseHeaders['idempotent-replayed']).toBe('true');
  });

  it('answers CONFLICT for the same key with another body or another request', async () => {
    const { call, adminKey } = await createTestApi();
    const headers = { 'Idempotency-Key': 'abc-2' };
    await call('POST', '/v1/sandboxes', { key: adminKey, json: { image: 'a' }, headers });
    const otherBody = await call('POST', '/v1/sandboxes', { key: adminKey, json: { image: 'b' }, headers });
    expect(otherBody.body.error).toMatchObject({
      code: 'CONFLICT',
      message: 'This Idempotency-Key was used with a different request body.',
    });
    const otherPath = await call('POST', '/v1/keys', { key: adminKey, json: { name: 'a', scopes: ['*'] }, headers });
    expect(otherPath.body.error.code).toBe('CONFLICT');
    expect(otherPath.body.error.message).toContain('POST /v1/sandboxes');
  });

  it('replays an error the operation answered, but not a request refused before it ran', async () => {
    const { call, adminKey, backend } = await createTestApi();
    const headers = { 'Idempotency-Key': 'abc-3' };
    const sandbox = backend.seedSandbox({ status: 'paused' });
    const path = `/v1/sandboxes/${sandbox.id}/exec`;
    const first = await call('POST', path, { key: adminKey, json: { command: 'echo hi' }, headers });
    expect(first.body.error.code).toBe('CONFLICT');
    await call('POST', `/v1/sandboxes/${sandbox.id}/resume`, { key: adminKey });
    const replay = await call('POST', path, { key: adminKey, json: { command: 'echo hi' }, headers });
    expect(replay.text).toBe(first.text);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const invalid = await call('POST', path, { key: adminKey, json: {}, headers: { 'Idempotency-Key': 'abc-4' } });
    expect(invalid.body.error.code).toBe('VALIDATION_ERROR');
    const valid = await call('POST', path, {
      key: adminKey,
      json: { command: 'echo hi' },
      headers: { 'Idempotency-Key': 'abc-4' },
    });
    expect(valid.body.error?.code).toBeUndefined();
    expect(valid.body.stdout).toBe('hi\n');
  });

  it('keeps idempotency keys per principal and for 24 hours', async () => {
    const { call, adminKey, backend } = await createTestApi();
    const other = await backend.seedKey();
    const headers = { 'Idempotency-Key': 'shared' };
    const mine = await call('POST', '/v1/sandboxes', { key: adminKey, json: {}, headers });
    const theirs = await call('POST', '/v1/sandboxes', { key: other.secret, json: {}, headers });
    expect(theirs.body.id).not.toBe(mine.body.id);
    backend.clock.advance(86_400_000);
    const later = await call('POST', '/v1/sandboxes', { key: adminKey, json: { image: 'other' }, headers });
    expect(later.status).toBe(201);
  });

  it('ignores the header on GET and refuses one longer than 255 characters', async () => {
    const { call, adminKey } = await createTestApi();
    const get = await call('GET', '/v1/me', { key: adminKey, headers: { 'Idempotency-Key': 'x'.repeat(300) } });
    expect(get.status).toBe(200);
    const long = await call('POST', '/v1/sandboxes', {
      key: adminKey,
      json: {},
      headers: { 'Idempotency-Key': 'x'.repeat(256) },
    });
    expect(long.body.error.details.issues).toEqual([
      { path: 'header.Idempotency-Key', message: 'Must be 1 to 255 characters long.' },
    ]);
  });

  it('answers CONFLICT while the first request with the key is still being processed', () => {
    const store = createIdempotencyStore();
    expect(store.begin('key_a', 'k', 'POST /v1/keys', '{}', T0)).toBeNull();
    expect(() => store.begin('key_a', 'k', 'POST /v1/keys', '{}', T0)).toThrow(/still being processed/);
    store.complete('key_a', 'k', { status: 201, body: '{"id":1}' });
    expect(store.begin('key_a', 'k', 'POST /v1/keys', '{}', T0)).toEqual({ status: 201, body: '{"id":1}' });
    expect(store.begin('key_a', 'other', 'POST /v1/keys', '{}', T0)).toBeNull();
    store.release('key_a', 'other');
    expect(store.begin('key_a', 'other', 'POST /v1/keys', '{"changed":1}', T0)).toBeNull();
  });
});
