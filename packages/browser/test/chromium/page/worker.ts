// A module Web Worker: no window, no document; RunletBrowser must work on the worker's globals alone.
import { RunletBrowser } from '../../../src/index.js';
import type { Outcome, PageClientOptions, PrincipalSummary } from './page-api.js';
import { attempt, summarizePrincipal } from './summarize.js';

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<PageClientOptions>) => void): void;
  postMessage(message: Outcome<PrincipalSummary>): void;
};

scope.addEventListener('message', async (event) => {
  const outcome = await attempt(async () => {
    const runlet = new RunletBrowser(event.data);
    try {
      return summarizePrincipal(await runlet.me());
    } finally {
      runlet.dispose();
    }
  });
  scope.postMessage(outcome);
});
