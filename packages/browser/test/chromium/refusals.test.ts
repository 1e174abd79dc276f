import { expect, test } from 'vitest';
import { describeInChromium } from './harness/describe-in-chromium.js';
import { failed, inPage, succeeded } from './harness/start-browser-fixture.js';

describeInChromium('What RunletBrowser refuses in Chromium', (fixture) => {
  test('a token bound to another origin is refused by the API with ORIGIN_NOT_ALLOWED, and not renewed', async () => {
    const { app, openPage, clientOptions, fromBrowser } = fixture();
    app.grant = { ...app.grant, allowedOrigins: ['https://elsewhere.example'] };
    const { page } = await openPage();
    succeeded(await inPage(page, 'open', clientOptions()));

    const error = failed(await inPage(page, 'me'));

    expect(error).toMatchObject({
      name: 'PermissionDeniedError',
      code: 'ORIGIN_NOT_ALLOWED',
      status: 403,
      isRunletError: true,
    });
    expect(error.message).toMatch(/GET \/v1\/me$/);
    expect(app.tokenRequests).toHaveLength(1);
    const calls = fromBrowser().filter((request) => request.method === 'GET');
    expect(calls).toEqual([expect.objectContaining({ path: '/v1/me', status: 403 })]);
    expect(calls[0]?.headers.origin).toBe(app.origin);
  });

  test('a secret key passed as apiKey throws SecretKeyInBrowserError before any request', async () => {
    const { api, app, openPage } = fixture();
    const { page, sent } = await openPage();

    const error = failed(await inPage(page, 'construct', { apiKey: app.leakedSecret, baseURL: api.url }));

    expect(error).toMatchObject({ name: 'SecretKeyInBrowserError', prefix: 'rl_live_', isRunletError: true });
    expect(error.message).toContain('the apiKey option');
    expect(error.message).not.toContain(app.leakedSecret.slice(8));
    expect(app.tokenRequests).toEqual([]);
    expect(api.backend.requests).toEqual([]);
    expect(sent.filter((request) => request.includes(api.url))).toEqual([]);
  });

  test('a secret key percent-encoded in a URL or inside a request body fails each call before anything is sent', async () => {
    const { api, app, openPage, clientOptions } = fixture();
    const { page, sent } = await openPage();
    succeeded(await inPage(page, 'open', clientOptions()));
    const secret = app.leakedSecret;

    const refused = [
      failed(await inPage(page, 'request', 'GET', `/v1/me?auth=Bearer%20${secret}`)),
      failed(await inPage(page, 'request', 'GET', `/v1/me?auth%3D${secret}`)),
      failed(await inPage(page, 'request', 'GET', `/v1/me?auth=Bearer%2520${secret}`)),
      failed(await inPage(page, 'request', 'GET', `/v1/me?q=%E0%A4%ZZ%&auth%3D${secret}`)),
      failed(await inPage(page, 'request', 'POST', '/v1/sandboxes/sbx_1/exec', { command: `K=${secret} ./run` })),
      failed(
        await inPage(page, 'request', 'POST', '/v1/sandboxes/sbx_1/exec', { command: 'env', env: { KEY: secret } }),
      ),
    ];

    expect(refused.map(({ name, prefix }) => `${name} ${prefix}`)).toEqual(
      Array(6).fill('SecretKeyInBrowserError rl_live_'),
    );
    expect(refused.map(({ where }) => where)).toEqual([
      'the URL of GET /v1/me',
      'the URL of GET /v1/me',
      'the URL of GET /v1/me',
      'the URL of GET /v1/me',
      'the command field of the body of POST /v1/sandboxes/sbx_1/exec',
      'the KEY field of the body of POST /v1/sandboxes/sbx_1/exec',
    ]);
    expect(JSON.stringify(refused)).not.toContain(secret.slice(8, -4));
    expect(app.tokenRequests).toEqual([]);
    expect(api.backend.requests).toEqual([]);
    expect(sent.filter((request) => request.includes(api.url))).toEqual([]);
  });

  test('an http baseURL or tokenUrl on a host that is not loopback is refused at construction', async () => {
    const { api, app, openPage } = fixture();
    const { page, sent } = await openPage();

    const baseURL = failed(
      await inPage(page, 'construct', { tokenUrl: '/api/runlet-token', baseURL: 'http://example.com' }),
    );
    const tokenUrl = failed(
      await inPage(page, 'construct', { tokenUrl: 'http://example.com/api/runlet-token', baseURL: api.url }),
    );

    expect(baseURL).toMatchObject({ name: 'InvalidBaseURLError', isRunletError: true });
    expect(baseURL.message).toContain(
      'The Runlet base URL from the `baseURL` option (http://example.com) is not https',
    );
    expect(tokenUrl).toMatchObject({ name: 'InvalidOptionError', option: 'tokenUrl' });
    // The page (http://127.0.0.1) and the API on loopback are fine.
    succeeded(await inPage(page, 'construct', { tokenUrl: '/api/runlet-token', baseURL: api.url }));
    expect(app.tokenRequests).toEqual([]);
    expect(sent.filter((request) => !request.startsWith(`GET ${app.origin}`))).toEqual([]);
  });

  test('a secret key from the token endpoint throws SecretKeyInBrowserError at once and never reaches the API', async () => {
    const { api, app, openPage, clientOptions } = fixture();
    const { page, sent } = await openPage();
    succeeded(await inPage(page, 'open', clientOptions({ tokenUrl: '/api/leaky-token' })));

    const error = failed(await inPage(page, 'me'));

    expect(error).toMatchObject({ name: 'SecretKeyInBrowserError', prefix: 'rl_live_' });
    expect(error.message).toContain('the token from the response of POST /api/leaky-token');
    expect(error.message).not.toContain(app.leakedSecret.slice(8));
    expect(app.tokenRequests.map((request) => request.path)).toEqual(['/api/leaky-token']);
    expect(api.backend.requests).toEqual([]);
    expect(sent.filter((request) => request.includes(api.url))).toEqual([]);
    expect(JSON.stringify(await inPage(page, 'describe'))).not.toContain(app.leakedSecret);
  });

  test('a 401 from the token endpoint (not signed in) is final: one token request, no API call', async () => {
    const { api, app, openPage, clientOptions } = fixture();
    const { page } = await openPage({ signedIn: false });
    succeeded(await inPage(page, 'open', clientOptions()));

    const error = failed(await inPage(page, 'me'));

    expect(error).toMatchObject({ name: 'TokenExchangeError', status: 401, final: true });
    expect(error.message).toContain('Sign in to get a Runlet client token');
    expect(app.tokenRequests).toEqual([expect.objectContaining({ path: '/api/runlet-token', cookie: null })]);
    expect(api.backend.requests).toEqual([]);
  });

  test('a header the API’s CORS policy does not allow fails as APIConnectionError; the API sees only the preflight', async () => {
    const { openPage, clientOptions, fromBrowser } = fixture();
    // A preflight cached by an earlier test does not cover this header, so Chromium asks again.
    const { page } = await openPage();
    succeeded(await inPage(page, 'open', clientOptions({ headers: { 'X-Trace-Id': 'trace-1' }, maxRetries: 0 })));

    const error = failed(await inPage(page, 'me'));

    expect(error).toMatchObject({ name: 'APIConnectionError', isRunletError: true });
    expect(fromBrowser().map((request) => [request.method, request.path])).toEqual([['OPTIONS', '/v1/me']]);
    expect(fromBrowser()[0]?.headers['access-control-request-headers']).toContain('x-trace-id');
  });
});
