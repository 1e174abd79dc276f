import type { RunletMockServer } from '@runlet/testing/server';
import type { Schemas } from '@runlet/types';

type SeedInput = Parameters<RunletMockServer['backend']['seedKey']>[0];

/** A key of its own for one test, so that tests can run concurrently against one server. */
export interface ApiCaller {
  key: Schemas['ApiKey'];
  secret: string;
  signingSecret: string;
  /** RUNLET_API_KEY and RUNLET_BASE_URL for the bin. */
  env: Record<string, string>;
  /** The requests the server received with this key, oldest first. */
  requests(): RunletMockServer['backend']['requests'];
}

/** Seeds a key (by default an admin-like `*` key) and returns it with the environment to use it. */
export async function apiCaller(mock: RunletMockServer, input: SeedInput = {}): Promise<ApiCaller> {
  const { key, secret, signingSecret } = await mock.backend.seedKey({ name: 'caller', ...input });
  return {
    key,
    secret,
    signingSecret,
    env: { RUNLET_API_KEY: secret, RUNLET_BASE_URL: mock.url },
    requests: () => mock.backend.requests.filter((request) => request.headers.authorization === `Bearer ${secret}`),
  };
}
