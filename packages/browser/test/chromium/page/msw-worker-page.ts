// A page that mocks the API the way a consumer's browser tests do: the reference backend runs in the page and msw's
// service worker hands it every request to https://api.runlet.dev. Bundled with esbuild for `platform: 'browser'`.
import { createRunletBackend, createRunletHandlers } from '@runlet/testing';
import { setupWorker } from 'msw/browser';
import { RunletBrowser } from '../../../src/index.js';
import type { MswWorkerPageApi } from './msw-worker-page-api.js';
import { attempt } from './summarize.js';

declare global {
  interface Window {
    mswWorkerPage: MswWorkerPageApi;
  }
}

const API_URL = 'https://api.runlet.dev';

const backend = createRunletBackend();
const worker = setupWorker(...createRunletHandlers({ backend }));

const mswWorkerPage: MswWorkerPageApi = {
  start: () =>
    attempt(async () => {
      await worker.start({ onUnhandledFrame: 'error', quiet: true });
      return navigator.serviceWorker.controller?.scriptURL ?? null;
    }),

  callEveryOperation: () =>
    attempt(async () => {
      // The app's backend holds the secret key; the client only ever sees the client tokens minted with it.
      const { secret } = await backend.seedKey();
      let tokensFetched = 0;
      const runlet = new RunletBrowser({
        getToken: async (signal) => {
          tokensFetched += 1;
          const response = await backend.handle(
            new Request(`${API_URL}/v1/tokens`, {
              method: 'POST',
              headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
              body: JSON.stringify({ scopes: ['sandbox:*', 'agent:*'], ttlSeconds: 600, subject: 'user_msw' }),
              signal,
            }),
          );
          if (!response.ok)
            throw new Error(`Minting a client token answered ${response.status}: ${await response.text()}`);
          const { token, expiresIn } = (await response.json()) as { token: string; expiresIn: number };
          return { token, expiresIn };
        },
      });
      try {
        const called: string[] = [];
        const call = async <T>(operationId: string, request: () => Promise<T>): Promise<T> => {
          called.push(operationId);
          return await request();
        };
        await call('getMe', () => runlet.me());
        const sandbox = await call('createSandbox', () => runlet.sandboxes.create({ image: 'runlet/python:3.12' }));
        await call('listSandboxes', () => runlet.sandboxes.list({ limit: 10 }));
        await call('getSandbox', () => runlet.sandboxes.retrieve(sandbox.id));
        await call('execSandbox', () => runlet.sandboxes.exec(sandbox.id, { command: 'echo hi' }));
        await call('pauseSandbox', () => runlet.sandboxes.pause(sandbox.id));
        await call('resumeSandbox', () => runlet.sandboxes.resume(sandbox.id));
        await call('deleteSandbox', () => runlet.sandboxes.delete(sandbox.id));
        const agents = await call('listAgents', () => runlet.agents.list());
        const agent = agents.data[0];
        if (!agent) throw new Error('The reference backend has no agents');
        await call('getAgent', () => runlet.agents.retrieve(agent.id));
        const run = await call('createRun', () => runlet.agents.run(agent.id, { input: 'hello' }));
        await call('getRun', () => runlet.runs.retrieve(run.id));
        return { called, tokensFetched, requests: [...backend.requests] };
      } finally {
        runlet.dispose();
      }
    }),
};

window.mswWorkerPage = mswWorkerPage;
