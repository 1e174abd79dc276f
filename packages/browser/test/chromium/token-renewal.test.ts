import { expect, test } from 'vitest';
import { describeInChromium } from './harness/describe-in-chromium.js';
import { inPage, succeeded } from './harness/start-browser-fixture.js';

describeInChromium('Token renewal in Chromium', (fixture) => {
  test('a token the API says has expired is renewed once and the call retried', async () => {
    const { api, app, openPage, clientOptions, fromBrowser } = fixture();
    const { page } = await openPage();
    succeeded(await inPage(page, 'open', clientOptions()));
    const first = succeeded(await inPage(page, 'me'));

    // Past the 600 s TTL on the backend only: the page's own clock says the token is fresh.
    api.backend.clock.advance(601_000);
    const second = succeeded(await inPage(page, 'me'));
    const third = succeeded(await inPage(page, 'me'));

    expect(second.tokenId).not.toBe(first.tokenId);
    expect(third.tokenId).toBe(second.tokenId);
    expect(app.tokenRequests).toHaveLength(2);
    const calls = fromBrowser().filter((request) => request.method === 'GET');
    expect(calls.map((request) => [request.status, request.tokenId])).toEqual([
      [200, first.tokenId],
      [401, first.tokenId],
      [200, second.tokenId],
      [200, second.tokenId],
    ]);
    expect(JSON.parse(String(calls[1]?.responseBody))).toMatchObject({ error: { code: 'TOKEN_EXPIRED' } });
  });

  test('the background timer renews ahead of expiry on the page’s monotonic clock', async () => {
    const { app, openPage, clientOptions, fromBrowser } = fixture();
    app.grant = { ...app.grant, ttlSeconds: 60 };
    const { page } = await openPage({ fakeClock: true });
    succeeded(await inPage(page, 'open', clientOptions()));
    const first = succeeded(await inPage(page, 'me'));

    // A 60 s token is stale 30 s before it expires (the 30 s floor beats 20 % of the TTL).
    await page.clock.runFor(29_000);
    expect(succeeded(await inPage(page, 'me')).tokenId).toBe(first.tokenId);
    expect(app.tokenRequests).toHaveLength(1);
    await page.clock.runFor(2_000);
    // Calls keep getting the old (still usable) token until the renewal has installed the new one.
    await expect
      .poll(async () => succeeded(await inPage(page, 'me')).tokenId, { timeout: 5_000 })
      .not.toBe(first.tokenId);

    expect(app.tokenRequests).toHaveLength(2);
    expect(fromBrowser().filter((request) => request.status === 401)).toEqual([]);
  });

  test('without autoRenew, a stale token serves calls while one renewal runs in the background', async () => {
    const { app, openPage, clientOptions, fromBrowser } = fixture();
    app.grant = { ...app.grant, ttlSeconds: 60 };
    const { page } = await openPage({ fakeClock: true });
    succeeded(await inPage(page, 'open', clientOptions({ autoRenew: false })));
    const first = succeeded(await inPage(page, 'me'));

    await page.clock.fastForward(40_000);
    expect(app.tokenRequests).toHaveLength(1);
    const stale = succeeded(await inPage(page, 'meConcurrently', 5));
    expect(stale).toEqual(Array(5).fill(first.tokenId));
    await expect
      .poll(async () => succeeded(await inPage(page, 'me')).tokenId, { timeout: 5_000 })
      .not.toBe(first.tokenId);

    expect(app.tokenRequests).toHaveLength(2);
    expect(fromBrowser().filter((request) => request.status === 401)).toEqual([]);
  });

  test('without autoRenew, a call after the token’s usable time waits for the renewed token', async () => {
    const { app, openPage, clientOptions, fromBrowser } = fixture();
    app.grant = { ...app.grant, ttlSeconds: 60 };
    const { page } = await openPage({ fakeClock: true });
    succeeded(await inPage(page, 'open', clientOptions({ autoRenew: false })));
    const first = succeeded(await inPage(page, 'me'));

    // 56 s in: less than the 5 s a request may need is left, so the old token is not sent.
    await page.clock.fastForward(56_000);
    const second = succeeded(await inPage(page, 'me'));

    expect(second.tokenId).not.toBe(first.tokenId);
    expect(app.tokenRequests).toHaveLength(2);
    const calls = fromBrowser().filter((request) => request.method === 'GET');
    expect(calls.map((request) => [request.status, request.tokenId])).toEqual([
      [200, first.tokenId],
      [200, second.tokenId],
    ]);
  });

  test('a device clock set days ahead does not make the page renew', async () => {
    const { app, openPage, clientOptions } = fixture();
    const { page } = await openPage({ fakeClock: true });
    succeeded(await inPage(page, 'open', clientOptions()));
    const first = succeeded(await inPage(page, 'me'));

    await page.clock.setSystemTime(Date.now() + 3 * 24 * 3600_000);
    const second = succeeded(await inPage(page, 'me'));

    expect(await page.evaluate(() => Date.now() - performance.timeOrigin - performance.now())).toBeGreaterThan(
      2 * 24 * 3600_000,
    );
    expect(second.tokenId).toBe(first.tokenId);
    expect(app.tokenRequests).toHaveLength(1);
  });
});
