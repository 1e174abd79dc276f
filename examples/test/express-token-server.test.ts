import { type RunletMockServer, startRunletMockServer } from '@runlet/testing/server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExampleProcess, npmScript, startExample } from './example-process.js';
import { describeWithChromium } from './open-in-chromium.js';

describeWithChromium('the Express example in Chromium', (launch) => {
  let api: RunletMockServer;
  let server: ExampleProcess;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    api = await startRunletMockServer();
    const bundle = startExample('express-token-server', npmScript('express-token-server', 'bundle'));
    expect(await bundle.exited, bundle.output()).toBe(0);
    server = startExample('express-token-server', 'node server.ts', {
      RUNLET_API_KEY: api.adminKey,
      RUNLET_BASE_URL: api.url,
      PORT: '0',
    });
    [, origin = ''] = await server.waitFor(/example app on (http:\/\/127\.0\.0\.1:\d+)/);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await api?.close();
  });

  test('the page runs a command in a sandbox with a client token from the token endpoint', async () => {
    const page = await browser.newPage();
    await page.goto(origin);
    await page.fill('#command', 'echo hello from the browser');
    await page.click('#run:enabled');
    await expect
      .poll(() => page.textContent('#output'), { timeout: 15_000 })
      .toMatch(/^sbx_\w+ exit 0\nhello from the browser\n$/);

    const fromPage = api.backend.requests.filter(
      (request) => request.path.startsWith('/v1/sandboxes') && request.method !== 'OPTIONS',
    );
    expect(fromPage.map(({ method, status }) => `${method} ${status}`)).toEqual([
      'POST 201',
      expect.stringMatching(/^POST 20\d$/),
      expect.stringMatching(/^DELETE 20\d$/),
    ]);
    // The page's calls carry a client token (sent from the page's origin), never the server's key.
    for (const request of fromPage) {
      expect(request.tokenId).toMatch(/^ct_/);
      expect(request.headers.origin).toBe(origin);
    }
    await page.close();
  });

  test('the token endpoint refuses a caller without the demo session', async () => {
    const response = await fetch(`${origin}/api/runlet-token`, { method: 'POST', headers: { origin } });
    expect(response.status).toBe(401);
  });
});
