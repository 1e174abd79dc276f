import { expect, test } from 'vitest';
import { describeInChromium } from './harness/describe-in-chromium.js';
import { inPage, succeeded } from './harness/start-browser-fixture.js';

describeInChromium('RunletBrowser in Chromium, on another origin than the API', (fixture) => {
  test('calls the API with a client token from the app’s token endpoint, through a real CORS preflight', async () => {
    const { app, openPage, clientOptions, fromBrowser } = fixture();
    const { page, context } = await openPage({ freshContext: true });
    succeeded(await inPage(page, 'open', clientOptions()));

    const me = succeeded(await inPage(page, 'me'));

    expect(me).toMatchObject({ type: 'client_token', subject: 'user_chromium', scopes: ['sandbox:*', 'agent:read'] });
    expect(me.tokenId).toMatch(/^ct_/);
    expect(app.tokenRequests).toHaveLength(1);
    expect(app.tokenRequests[0]).toMatchObject({ origin: app.origin, cookie: 'session=chromium-user' });
    const [preflight, call] = fromBrowser();
    expect(preflight).toMatchObject({ method: 'OPTIONS', path: '/v1/me', status: 204 });
    expect(preflight?.headers['access-control-request-headers']?.split(',').sort()).toEqual([
      'authorization',
      'x-runlet-client',
    ]);
    expect(call).toMatchObject({ method: 'GET', path: '/v1/me', status: 200, tokenId: me.tokenId });
    expect(call?.headers.origin).toBe(app.origin);
    expect(call?.headers.authorization).toMatch(/^Bearer rl_ct_/);
    expect(call?.headers['x-runlet-client']).toMatch(/runlet-browser\/\S+ \(browser\)$/);
    // The exposed headers are readable across origins.
    expect(await inPage(page, 'lastResponse')).toEqual({ requestId: call?.requestId, rateLimitLimit: 1000 });

    // Memory only: nothing in storage, and what the client shows of itself is the redacted token.
    const token = call?.headers.authorization?.slice('Bearer '.length) ?? '';
    expect(await inPage(page, 'persisted')).toEqual({ localStorage: 0, sessionStorage: 0, cookie: '' });
    expect((await context.storageState()).origins).toEqual([]);
    for (const shown of await inPage(page, 'describe')) {
      expect(shown).toContain(`rl_ct_…${token.slice(-4)}`);
      expect(shown).not.toContain(token);
    }
  });

  test('streams a command’s output in the page with a client token (exec with stream: true)', async () => {
    const { openPage, clientOptions, fromBrowser } = fixture();
    const { page } = await openPage();
    succeeded(await inPage(page, 'open', clientOptions()));

    const streamed = succeeded(await inPage(page, 'createSandboxAndExecStream', 'hello'));

    expect(streamed).toEqual({ types: ['stdout', 'exit'], stdout: 'hello\n', exitCode: 0, lastEventId: '2' });
    const execs = fromBrowser().filter((request) => request.method === 'POST' && request.path.endsWith('/exec'));
    expect(execs).toHaveLength(1);
    expect(execs[0]?.headers.accept).toBe('text/event-stream');
    expect(execs[0]?.headers.authorization).toMatch(/^Bearer rl_ct_/);
  });

  test('50 concurrent calls wait for one token request and all succeed with that token', async () => {
    const { app, openPage, clientOptions, fromBrowser } = fixture();
    const { page } = await openPage();
    succeeded(await inPage(page, 'open', clientOptions()));

    const tokenIds = succeeded(await inPage(page, 'meConcurrently', 50));

    expect(tokenIds).toHaveLength(50);
    expect(new Set(tokenIds).size).toBe(1);
    expect(tokenIds[0]).toMatch(/^ct_/);
    expect(app.tokenRequests).toHaveLength(1);
    const calls = fromBrowser().filter((request) => request.method === 'GET');
    expect(calls).toHaveLength(50);
    expect(calls.every((request) => request.status === 200 && request.tokenId === tokenIds[0])).toBe(true);
  });

  test('POSTs with a JSON body and an Idempotency-Key pass CORS', async () => {
    const { openPage, clientOptions, fromBrowser } = fixture();
    const { page } = await openPage({ freshContext: true });
    succeeded(await inPage(page, 'open', clientOptions()));

    const result = succeeded(await inPage(page, 'createSandboxAndExec', 'hello-from-chromium'));

    expect(result).toMatchObject({ stdout: 'hello-from-chromium\n', exitCode: 0 });
    const posts = fromBrowser().filter((request) => request.method === 'POST');
    expect(posts.map((request) => [request.path, request.status])).toEqual([
      ['/v1/sandboxes', 201],
      [`/v1/sandboxes/${result.sandboxId}/exec`, 200],
    ]);
    for (const post of posts) expect(post.headers['idempotency-key']).toBeTruthy();
    const preflight = fromBrowser().find((request) => request.method === 'OPTIONS' && request.path === '/v1/sandboxes');
    expect(preflight?.headers['access-control-request-headers']?.split(',').sort()).toEqual([
      'authorization',
      'content-type',
      'idempotency-key',
      'x-runlet-client',
    ]);
  });

  test('sends tokenRequest headers and body, and the session cookie, to the token endpoint', async () => {
    const { app, openPage, clientOptions } = fixture();
    const { page } = await openPage();
    const tokenRequest = { headers: { 'X-CSRF-Token': 'csrf-1f2e3d' }, body: { purpose: 'chromium-test' } };
    succeeded(await inPage(page, 'open', clientOptions({ tokenRequest })));

    succeeded(await inPage(page, 'me'));

    expect(app.tokenRequests).toEqual([
      {
        path: '/api/runlet-token',
        origin: app.origin,
        cookie: 'session=chromium-user',
        csrfToken: 'csrf-1f2e3d',
        body: '{"purpose":"chromium-test"}',
        at: expect.any(Number),
      },
    ]);
  });

  test('works inside a module Web Worker, which gets its own token', async () => {
    const { app, openPage, clientOptions, fromBrowser } = fixture();
    const { page } = await openPage();

    const me = succeeded(await inPage(page, 'meInWorker', clientOptions()));

    expect(me).toMatchObject({ type: 'client_token', subject: 'user_chromium' });
    expect(app.tokenRequests).toEqual([
      expect.objectContaining({ origin: app.origin, cookie: 'session=chromium-user' }),
    ]);
    const call = fromBrowser().find((request) => request.method === 'GET');
    expect(call).toMatchObject({ path: '/v1/me', status: 200, tokenId: me.tokenId });
    expect(call?.headers.origin).toBe(app.origin);
    expect(call?.headers['x-runlet-client']).toMatch(/runlet-browser\/\S+ \(web-worker\)$/);
  });
});
