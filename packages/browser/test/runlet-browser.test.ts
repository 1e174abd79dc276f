import { createToken } from '@runlet/types';
import { afterEach, expect, test } from 'vitest';
import { PermissionDeniedError, RunletBrowser, SecretKeyInBrowserError } from '../src/index.js';
import { API_URL, startReferenceApp, TOKEN_URL } from './reference-app.js';

// Runs in Node and, in the browser-edge project, in the edge runtime: RunletBrowser on web globals alone.

const clients: RunletBrowser[] = [];

function client(fetch: typeof globalThis.fetch): RunletBrowser {
  const runlet = new RunletBrowser({ tokenUrl: TOKEN_URL, baseURL: API_URL, fetch, maxRetries: 0 });
  clients.push(runlet);
  return runlet;
}

afterEach(() => {
  for (const runlet of clients.splice(0)) runlet.dispose();
});

test('calls the API with a client token from the token URL', async () => {
  const app = await startReferenceApp();
  const me = await client(app.fetch).me();

  expect(me).toMatchObject({ type: 'client_token', scopes: ['sandbox:*'] });
  expect(app.tokenRequests).toHaveLength(1);
  const [call] = app.calls();
  expect(call).toMatchObject({ method: 'GET', path: '/v1/me', status: 200, tokenId: me.tokenId });
  expect(call?.headers['x-runlet-client']).toMatch(/ runlet-browser\/\S+ \((node|edge) /);
});

test('20 concurrent calls share one token request', async () => {
  const app = await startReferenceApp();
  const runlet = client(app.fetch);

  const principals = await Promise.all(Array.from({ length: 20 }, () => runlet.me()));

  expect(new Set(principals.map((principal) => principal.tokenId)).size).toBe(1);
  expect(app.tokenRequests).toHaveLength(1);
  expect(app.calls().filter((request) => request.status === 200)).toHaveLength(20);
});

test('renews once after TOKEN_EXPIRED and retries the call, even with maxRetries: 0', async () => {
  const app = await startReferenceApp({ ttlSeconds: 60 });
  const runlet = client(app.fetch);
  const first = await runlet.me();

  app.backend.clock.advance(61_000);
  const second = await runlet.me();

  expect(second.tokenId).not.toBe(first.tokenId);
  expect(app.tokenRequests).toHaveLength(2);
  expect(app.calls().map((request) => request.status)).toEqual([200, 401, 200]);
});

test('a token bound to another origin fails with ORIGIN_NOT_ALLOWED', async () => {
  const app = await startReferenceApp({ allowedOrigins: ['https://elsewhere.example'] });
  const error = await client(app.fetch)
    .me()
    .catch((e: unknown) => e);

  expect(error).toBeInstanceOf(PermissionDeniedError);
  expect(error).toMatchObject({ status: 403, code: 'ORIGIN_NOT_ALLOWED' });
  expect(app.tokenRequests).toHaveLength(1);
});

test('refuses a secret key in the constructor, before any request', async () => {
  const app = await startReferenceApp();
  const apiKey = createToken('rl_live_');

  expect(() => new RunletBrowser({ apiKey, baseURL: API_URL, fetch: app.fetch } as never)).toThrow(
    SecretKeyInBrowserError,
  );
  expect(app.tokenRequests).toEqual([]);
  expect(app.backend.requests).toEqual([]);
});

test('passes the hooks option to the API calls, not to the token request', async () => {
  const app = await startReferenceApp();
  const runlet = new RunletBrowser({
    tokenUrl: TOKEN_URL,
    baseURL: API_URL,
    fetch: app.fetch,
    hooks: { beforeRequest: [({ request }) => void request.headers.set('x-trace-id', 'trace-1')] },
  });
  clients.push(runlet);
  await runlet.me();
  await runlet.me();
  expect(app.calls().map((call) => call.headers['x-trace-id'])).toEqual(['trace-1', 'trace-1']);
});
