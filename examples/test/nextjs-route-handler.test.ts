import { createServer } from 'node:net';
import { type RunletMockServer, startRunletMockServer } from '@runlet/testing/server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ExampleProcess, npmScript, startExample } from './example-process.js';
import { describeWithChromium } from './open-in-chromium.js';

let api: RunletMockServer;
let app: ExampleProcess;
let origin: string;

beforeAll(async () => {
  const build = startExample('nextjs-route-handler', npmScript('nextjs-route-handler', 'build:app'));
  expect(await build.exited, build.output()).toBe(0);
  api = await startRunletMockServer();
  const port = await freePort();
  app = startExample('nextjs-route-handler', `next start -p ${port} -H 127.0.0.1`, {
    RUNLET_API_KEY: api.adminKey,
    RUNLET_BASE_URL: api.url,
  });
  await app.waitFor(/Ready in/);
  origin = `http://127.0.0.1:${port}`;
}, 180_000);
afterAll(async () => {
  await app?.stop();
  await api?.close();
});

describe('the Next.js route handler, built with next build and served by next start', () => {
  test('mints a client token bound to the page origin for a signed-in caller', async () => {
    const response = await fetch(`${origin}/api/runlet-token`, {
      method: 'POST',
      headers: { origin, cookie: 'session=user-1' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const { token, scopes } = (await response.json()) as { token: string; scopes: string[] };
    expect(token).toMatch(/^rl_ct_/);
    expect(scopes).toEqual(['sandbox:create', 'sandbox:execute', 'sandbox:delete']);
    const me = await fetch(`${api.url}/v1/me`, { headers: { authorization: `Bearer ${token}`, origin } });
    expect(await me.json()).toMatchObject({ type: 'client_token', subject: 'user-1' });
  });

  test('answers 401 without a session and 405 to a GET', async () => {
    expect((await fetch(`${origin}/api/runlet-token`, { method: 'POST', headers: { origin } })).status).toBe(401);
    expect((await fetch(`${origin}/api/runlet-token`)).status).toBe(405);
  });
});

describeWithChromium('the Next.js page in Chromium', (launch) => {
  test('runs a command in a sandbox through the route handler', async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(origin);
      await page.fill('input[name=command]', 'echo hello from Next.js');
      await page.click('button:enabled');
      await expect.poll(() => page.textContent('pre'), { timeout: 15_000 }).toMatch(/exit 0\nhello from Next\.js\n$/);
    } finally {
      await browser.close();
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
