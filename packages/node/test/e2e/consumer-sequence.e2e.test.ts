// The same sequence as consumer-sequence-msw.test.ts, over a real socket to runlet-mock.
import { describe, expect, it } from 'vitest';
import { Runlet } from '../../src/index.js';
import { callEveryOperation, expectNoHeaderLeaks, operationIds } from '../consumer-sequence.js';
import { useMockServer } from './server.js';

const { server } = useMockServer();

describe('one client through every operation over HTTP', () => {
  it('sends no header of one request with another', async () => {
    const { secret } = await server().backend.seedKey();
    const runlet = new Runlet({ apiKey: secret, baseURL: server().url, env: {} });
    const expected = await callEveryOperation(runlet);
    expect(operationIds(server().backend.requests)).toEqual(expected);
    expectNoHeaderLeaks(server().backend.requests, { signed: false });
  });

  it('signs every request afresh', async () => {
    const { secret, signingSecret } = await server().backend.seedKey({ requireSignature: true });
    const runlet = new Runlet({ apiKey: secret, signingSecret, baseURL: server().url, env: {} });
    const expected = await callEveryOperation(runlet);
    expect(operationIds(server().backend.requests)).toEqual(expected);
    expectNoHeaderLeaks(server().backend.requests, { signed: true });
  });
});
