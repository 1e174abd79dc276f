import { type RunletMockServer, startRunletMockServer } from '@runlet/testing/server';
import { afterAll, beforeAll } from 'vitest';
import { type CliSandbox, createSandbox } from './cli-sandbox.js';

/** One reference server and one CLI sandbox (temp HOME and config file) per test file. */
export function useCliWorld(): { readonly mock: RunletMockServer; readonly sandbox: CliSandbox } {
  let mock: RunletMockServer | undefined;
  let sandbox: CliSandbox | undefined;
  beforeAll(async () => {
    mock = await startRunletMockServer({ port: 0 });
    sandbox = await createSandbox();
  });
  afterAll(async () => {
    await mock?.close();
    await sandbox?.cleanup();
  });
  return {
    get mock() {
      if (!mock) throw new Error('the mock server is not running');
      return mock;
    },
    get sandbox() {
      if (!sandbox) throw new Error('the CLI sandbox is not ready');
      return sandbox;
    },
  };
}
