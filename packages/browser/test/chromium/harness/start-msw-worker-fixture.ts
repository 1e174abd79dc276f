import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { MswWorkerPageApi } from '../page/msw-worker-page-api.js';
import type { ChromiumFixture } from './describe-in-chromium.js';
import { CHROMIUM_ARGS } from './start-browser-fixture.js';

/** One Chromium and a static server for a page that mocks the API with msw's `setupWorker`: no API server at all. */
export interface MswWorkerFixture extends ChromiumFixture {
  /** `http://127.0.0.1:<port>`: the page's origin, where `/mockServiceWorker.js` is served. */
  origin: string;
  /** Opens the page in a new browser context (no service worker registered by an earlier test) and waits for it. */
  openPage(): Promise<Page>;
}

const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>@runlet/browser under msw's setupWorker</title></head>
  <body>
    <script type="module" src="/msw-worker-page.js"></script>
  </body>
</html>
`;

export async function startMswWorkerFixture(executablePath: string): Promise<MswWorkerFixture> {
  const [pageScript, serviceWorker] = await Promise.all([
    bundlePageScript(),
    readFile(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'), 'utf8'),
  ]);
  const files = new Map([
    ['/', { type: 'text/html; charset=utf-8', body: PAGE }],
    ['/msw-worker-page.js', { type: 'text/javascript; charset=utf-8', body: pageScript }],
    ['/mockServiceWorker.js', { type: 'text/javascript; charset=utf-8', body: serviceWorker }],
  ]);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://page.invalid').pathname;
    const file = req.method === 'GET' ? files.get(path) : undefined;
    if (file) return send(res, 200, file.type, file.body);
    send(res, 404, 'text/plain', `Nothing at ${req.method} ${path}`);
  });
  const [browser] = await Promise.all([
    chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS }),
    new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)),
  ]);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const contexts: BrowserContext[] = [];

  return {
    origin,
    async openPage() {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(origin);
      await page.waitForFunction(() => 'mswWorkerPage' in window);
      return page;
    },
    async reset() {
      await Promise.all(contexts.splice(0).map((context) => context.close()));
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

/** Calls `window.mswWorkerPage[method]()` in the page and returns what it returned. */
export function inMswPage<K extends keyof MswWorkerPageApi>(
  page: Page,
  method: K,
): Promise<Awaited<ReturnType<MswWorkerPageApi[K]>>> {
  return page.evaluate((method) => (window.mswWorkerPage[method] as () => unknown)(), method) as Promise<
    Awaited<ReturnType<MswWorkerPageApi[K]>>
  >;
}

/** `/msw-worker-page.js`, built from the TypeScript sources on every run, so the page tests what is in src. */
async function bundlePageScript(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../page/msw-worker-page.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild wrote no bundle for the msw worker page');
  return output.text;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
