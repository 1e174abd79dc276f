// The test page's script: browser code only, bundled with esbuild for `platform: 'browser'`.
import { RunletBrowser } from '../../../src/index.js';
import type { Outcome, PageApi, PageClientOptions, PrincipalSummary } from './page-api.js';
import { attempt, attemptSync, summarizePrincipal } from './summarize.js';

declare global {
  interface Window {
    runletPage: PageApi;
  }
}

let client: RunletBrowser | undefined;

function current(): RunletBrowser {
  if (!client) throw new Error('The test opened no client: call runletPage.open() first.');
  return client;
}

const runletPage: PageApi = {
  open(options) {
    client?.dispose();
    client = undefined;
    return attemptSync(() => {
      client = new RunletBrowser(options);
      return null;
    });
  },

  construct(options) {
    return attemptSync(() => {
      new RunletBrowser(options).dispose();
      return null;
    });
  },

  me: () => attempt(async () => summarizePrincipal(await current().me())),

  meConcurrently: (count) =>
    attempt(async () => {
      const runlet = current();
      const principals = await Promise.all(Array.from({ length: count }, () => runlet.me()));
      return principals.map((principal) => principal.tokenId);
    }),

  createSandboxAndExec: (text) =>
    attempt(async () => {
      const runlet = current();
      const sandbox = await runlet.sandboxes.create({ image: 'runlet/python:3.12' });
      const result = await runlet.sandboxes.exec(sandbox.id, { command: `echo ${text}` });
      return { sandboxId: sandbox.id, stdout: result.stdout, exitCode: result.exitCode };
    }),

  createSandboxAndExecStream: (text) =>
    attempt(async () => {
      const runlet = current();
      const sandbox = await runlet.sandboxes.create({ image: 'runlet/python:3.12' });
      const stream = runlet.sandboxes.exec(sandbox.id, { command: `echo ${text}` }, { stream: true });
      const types: string[] = [];
      for await (const event of stream) types.push(event.type);
      const { stdout, exitCode } = await stream.result();
      return { types, stdout, exitCode, lastEventId: stream.lastEventId };
    }),

  request: (method, path, body) =>
    attempt(async () => {
      await current().client.request(method, path, body === undefined ? {} : { body });
      return null;
    }),

  lastResponse() {
    const runlet = current();
    return { requestId: runlet.lastRequestId, rateLimitLimit: runlet.lastRateLimit?.limit };
  },

  describe() {
    const runlet = current();
    return [String(runlet), JSON.stringify(runlet)];
  },

  persisted: () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    cookie: document.cookie,
  }),

  meInWorker: (options) => runInWorker(options),

  dispose() {
    client?.dispose();
    client = undefined;
  },
};

function runInWorker(options: PageClientOptions): Promise<Outcome<PrincipalSummary>> {
  const worker = new Worker('/worker.js', { type: 'module' });
  return new Promise<Outcome<PrincipalSummary>>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<Outcome<PrincipalSummary>>) => resolve(event.data));
    worker.addEventListener('error', (event) => reject(new Error(`The worker failed: ${event.message}`)));
    worker.postMessage(options);
  }).finally(() => worker.terminate());
}

window.runletPage = runletPage;
