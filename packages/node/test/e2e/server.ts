import { type RunletMockServer, startRunletMockServer } from '@runlet/testing/server';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { Runlet, type RunletOptions } from '../../src/index.js';

/** One reference server per test file, reset after each test. */
export function useMockServer(): { server: () => RunletMockServer; admin: (options?: RunletOptions) => Runlet } {
  let server: RunletMockServer | undefined;
  beforeAll(async () => {
    server = await startRunletMockServer({ port: 0 });
  });
  afterEach(() => server?.backend.reset());
  afterAll(async () => server?.close());
  const current = () => {
    if (!server) throw new Error('the mock server is not running');
    return server;
  };
  return {
    server: current,
    admin: (options = {}) => new Runlet({ apiKey: current().adminKey, baseURL: current().url, env: {}, ...options }),
  };
}
