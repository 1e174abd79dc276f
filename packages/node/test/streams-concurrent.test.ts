// 1 000 streams at once, over real sockets, against runlet-mock.
import { type RunletMockServer, startRunletMockServer } from '@runlet/testing/server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Runlet } from '../src/index.js';

let mock: RunletMockServer;
beforeAll(async () => {
  mock = await startRunletMockServer({ port: 0 });
});
afterAll(() => mock.close());

it('1 000 concurrent streams of one run each read every event, in order, once', { timeout: 60_000 }, async () => {
  const runlet = new Runlet({ apiKey: mock.adminKey, baseURL: mock.url, env: {} });
  const input = 'every word arrives once and in order';
  const run = await runlet.agents.run('agt_1a2b3c4d5e6f7a8b', { input });
  // 20 clients of 50 streams each: a key's rate limit is 100 requests a second.
  const clients = await Promise.all(
    Array.from({ length: 20 }, async () => {
      const { secret } = await mock.backend.seedKey({ profile: 'read-only' });
      return new Runlet({ apiKey: secret, baseURL: mock.url, env: {} });
    }),
  );
  const texts = await Promise.all(
    clients.flatMap((client) => Array.from({ length: 50 }, () => client.runs.stream(run.id).text())),
  );
  expect(new Set(texts)).toEqual(new Set([input]));
  expect(mock.backend.requests.filter((r) => r.path.endsWith('/events'))).toHaveLength(1000);
});
