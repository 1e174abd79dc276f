// A consumer's suite: one @runlet/node client through every operation, the reference backend as msw
// handlers. msw patches globalThis.fetch, so this file stands alone.
import { createRunletBackend, createRunletHandlers } from '@runlet/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Runlet } from '../src/index.js';
import { callEveryOperation, expectNoHeaderLeaks, operationIds } from './consumer-sequence.js';

const backend = createRunletBackend();
const server = setupServer(...createRunletHandlers({ backend }));

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  backend.reset();
});
afterAll(() => server.close());

describe('one client through every operation under msw', () => {
  it('sends no header of one request with another', async () => {
    const { secret } = await backend.seedKey();
    const runlet = new Runlet({ apiKey: secret, env: {} });
    const expected = await callEveryOperation(runlet);
    expect(operationIds(backend.requests)).toEqual(expected);
    expectNoHeaderLeaks(backend.requests, { signed: false });
  });

  it('signs every request afresh', async () => {
    const { secret, signingSecret } = await backend.seedKey({ requireSignature: true });
    const runlet = new Runlet({ apiKey: secret, signingSecret, env: {} });
    const expected = await callEveryOperation(runlet);
    expect(operationIds(backend.requests)).toEqual(expected);
    expectNoHeaderLeaks(backend.requests, { signed: true });
  });

  it('keeps the headers option out of the next call', async () => {
    const { secret } = await backend.seedKey();
    const runlet = new Runlet({ apiKey: secret, env: {}, headers: { 'x-app': 'demo' } });
    await runlet.keys.create({ name: 'a', profile: 'read-only' }, { headers: { 'x-trace': 'one' } });
    await runlet.me();
    const [create, me] = backend.requests;
    expect(create?.headers).toMatchObject({ 'x-app': 'demo', 'x-trace': 'one' });
    expect(me?.headers['x-app']).toBe('demo');
    expect(me?.headers['x-trace']).toBeUndefined();
    expect(me?.headers['idempotency-key']).toBeUndefined();
  });
});
