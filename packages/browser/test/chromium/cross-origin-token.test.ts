import { expect, test } from 'vitest';
import { describeInChromium } from './harness/describe-in-chromium.js';
import { failed, inPage, succeeded } from './harness/start-browser-fixture.js';

// The page is on http://127.0.0.1:<port>; its token endpoint here is on http://localhost:<port>, another origin,
// made with createTokenHandler({ cors: { origins: [page origin] } }). The CSRF header makes every POST preflighted.
describeInChromium('A token endpoint on another origin, through createTokenHandler’s cors option', (fixture) => {
  /** A page whose client gets tokens from the cross-origin endpoint, with the CSRF header it grants. */
  async function openSignedIn({ app, openPage, clientOptions }: ReturnType<typeof fixture>) {
    const { page } = await openPage();
    const tokenRequest = { headers: { 'X-CSRF-Token': 'chromium-csrf' } };
    succeeded(await inPage(page, 'open', clientOptions({ tokenUrl: app.crossOriginTokenUrl, tokenRequest })));
    return page;
  }

  test('the preflight passes, the credentialed POST is readable, and the token works from the page', async () => {
    const { app, fromBrowser } = fixture();
    const page = await openSignedIn(fixture());

    const principal = succeeded(await inPage(page, 'me'));

    expect(principal).toMatchObject({ type: 'client_token', subject: 'user_chromium' });
    expect(app.preflights).toEqual(['/api/cors-token']);
    expect(app.tokenRequests).toEqual([
      expect.objectContaining({ path: '/api/cors-token', origin: app.origin, csrfToken: 'chromium-csrf' }),
    ]);
    const calls = fromBrowser().filter((request) => request.method === 'GET');
    expect(calls.map((request) => [request.path, request.status])).toEqual([['/v1/me', 200]]);
  });

  test('its 401 reaches the page as a final TokenExchangeError, not as a network failure retried four times', async () => {
    const { api, app, openPage, clientOptions } = fixture();
    const { page } = await openPage();
    succeeded(await inPage(page, 'open', clientOptions({ tokenUrl: app.crossOriginTokenUrl })));

    const error = failed(await inPage(page, 'me'));

    expect(error).toMatchObject({ name: 'TokenExchangeError', status: 401, final: true });
    expect(app.tokenRequests.map((request) => request.path)).toEqual(['/api/cors-token']);
    expect(api.backend.requests).toEqual([]);
  });

  test('the page can read its Retry-After: a rate-limited mint is retried no sooner than the endpoint asked', async () => {
    const { api, app } = fixture();
    // The server key is rate-limited once: the endpoint answers 503 with Retry-After: 1, exposed to the page.
    api.backend.failNext({ status: 429, path: '/v1/tokens', retryAfter: 1 });
    const page = await openSignedIn(fixture());

    succeeded(await inPage(page, 'me'));

    const [first, second] = app.tokenRequests;
    expect(app.tokenRequests).toHaveLength(2);
    // Without Access-Control-Expose-Headers the page would see no Retry-After and retry within 0.5 s.
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });
});
