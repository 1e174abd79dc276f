// A consumer's setup: @runlet/node code under test, the reference backend as msw handlers, no network.
// msw patches globalThis.fetch, so this file stands alone.
import { createRunletBackend, createRunletHandlers } from '@runlet/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PermissionDeniedError, Runlet } from '../src/index.js';

const backend = createRunletBackend();
const server = setupServer(...createRunletHandlers({ backend }));

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  backend.reset();
});
afterAll(() => server.close());

describe('testing @runlet/node code with the msw handlers', () => {
  it('answers the default base URL through the global fetch', async () => {
    const { secret, key } = await backend.seedKey({ profile: 'sandbox-user' });
    const runlet = new Runlet({ apiKey: secret, env: {} });
    const sandbox = await runlet.sandboxes.create({ image: 'runlet/python:3.12' });
    expect(await runlet.sandboxes.exec(sandbox.id, { command: 'echo hi' })).toMatchObject({ stdout: 'hi\n' });
    expect(backend.requests.map((r) => [r.method, r.path, r.status, r.keyId])).toEqual([
      ['POST', '/v1/sandboxes', 201, key.id],
      ['POST', `/v1/sandboxes/${sandbox.id}/exec`, 200, key.id],
    ]);
  });

  it('enforces the same rules as the HTTP server', async () => {
    const { secret } = await backend.seedKey({ profile: 'read-only' });
    const error = await new Runlet({ apiKey: secret, env: {} }).keys
      .create({ name: 'x', scopes: ['keys:read'] })
      .catch((e) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', details: { requiredScopes: ['keys:manage'] } });
  });

  it('lets a test inject a fault and watch the SDK retry it', async () => {
    const { secret } = await backend.seedKey();
    backend.failNext({ status: 503, path: '/v1/me' });
    await expect(new Runlet({ apiKey: secret, env: {} }).me()).resolves.toMatchObject({ type: 'api_key' });
    expect(backend.requests.map((r) => r.status)).toEqual([503, 200]);
  });

  it('passes the hooks option to every request', async () => {
    const { secret } = await backend.seedKey();
    const runlet = new Runlet({
      apiKey: secret,
      env: {},
      hooks: { beforeRequest: [({ request }) => void request.headers.set('x-trace-id', 'trace-1')] },
    });
    await runlet.me();
    await runlet.keys.list();
    expect(backend.requests.map((r) => r.headers['x-trace-id'])).toEqual(['trace-1', 'trace-1']);
  });
});
