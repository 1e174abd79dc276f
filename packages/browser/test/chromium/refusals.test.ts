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
