import { type RunletMockServer, startRunletMockServer } from '@runlet/testing/server';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { ErrorSummary, Outcome, PageApi, PageClientOptions } from '../page/page-api.js';
import { type AppServer, SESSION_COOKIE, startAppServer } from './start-app-server.js';

/** Flags for a headless Chromium with no network of its own and nothing in the background. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export interface OpenPageOptions {
  /** Give the context the app's session cookie, which the token endpoint's `authorize` asks for. @default true */
  signedIn?: boolean;
  /**
   * Open the page in a browser context whose Playwright clock the test moves (`page.clock`), installed before the
   * page's script runs, so `performance.now()` is under the test's control. @default false
   */
  fakeClock?: boolean;
  /**
   * Open the page in a new browser context: no CORS preflight cached by an earlier test, no storage. Costs a
   * renderer start (about a second); otherwise the file's shared page is loaded afresh. @default false
   */
  freshContext?: boolean;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Every request the browser sent from this page (and its workers), as `METHOD url`, oldest first. */
  sent: string[];
}

/** One browser, one reference backend and one app server for a test file. */
export interface BrowserFixture {
  api: RunletMockServer;
  app: AppServer;
  /** Loads the app page anew (a new JavaScript realm, so no client or token of an earlier test) and waits for it. */
  openPage(options?: OpenPageOptions): Promise<OpenedPage>;
  /** The reference backend's log of what the browser sent (it carries the app's `Origin`), preflights included. */
  fromBrowser(): RunletMockServer['backend']['requests'];
  /** Client options for the page: the app's token endpoint and the API on its own origin. */
  clientOptions(overrides?: Partial<PageClientOptions>): PageClientOptions;
  /** Closes this test's fresh contexts and puts the backend and the app back to their start. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

interface Tab {
  context: BrowserContext;
  page: Page;
  sent: string[];
}

export async function startBrowserFixture(executablePath: string): Promise<BrowserFixture> {
  const api = await startRunletMockServer({ port: 0 });
  const [app, browser] = await Promise.all([
    startAppServer({ apiURL: api.url, adminKey: api.adminKey }),
    // Playwright gives the browser a fresh temporary profile directory and deletes it on close.
    chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS }),
  ]);
  const fresh: BrowserContext[] = [];
  let shared: Promise<Tab> | undefined;
  let clocked: Promise<Tab> | undefined;

  async function newTab(fakeClock: boolean): Promise<Tab> {
    const context = await browser.newContext();
    if (fakeClock) await context.clock.install();
    const page = await context.newPage();
    const sent: string[] = [];
    page.on('request', (request) => sent.push(`${request.method()} ${request.url()}`));
    return { context, page, sent };
  }

  async function pickTab({ fakeClock = false, freshContext = false }: OpenPageOptions): Promise<Tab> {
    if (freshContext) {
      const tab = await newTab(fakeClock);
      fresh.push(tab.context);
      return tab;
    }
    if (fakeClock) {
      clocked ??= newTab(true);
      return await clocked;
    }
    shared ??= newTab(false);
    return await shared;
  }

  return {
    api,
    app,
    async openPage(options = {}) {
      const { context, page, sent } = await pickTab(options);
      sent.length = 0;
      await context.clearCookies();
      if (options.signedIn ?? true) await context.addCookies([{ ...SESSION_COOKIE, url: app.origin, httpOnly: true }]);
      await page.goto(app.origin);
      await page.waitForFunction(() => 'runletPage' in window);
      return { page, context, sent };
    },
    // The token endpoint's own POST /v1/tokens comes from Node, which sends no Origin.
    fromBrowser: () => api.backend.requests.filter((request) => request.headers.origin === app.origin),
    clientOptions: (overrides = {}) => ({ tokenUrl: '/api/runlet-token', baseURL: api.url, ...overrides }),
    async reset() {
      await Promise.all(fresh.splice(0).map((context) => context.close()));
      api.backend.reset();
      app.reset();
    },
    async close() {
      await browser.close();
      await Promise.all([api.close(), app.close()]);
    },
  };
}

/** Calls `window.runletPage[method](...args)` in the page and returns what it returned. */
export function inPage<K extends keyof PageApi>(
  page: Page,
  method: K,
  ...args: Parameters<PageApi[K]>
): Promise<Awaited<ReturnType<PageApi[K]>>> {
  return page.evaluate(
    ({ method, args }) => (window.runletPage[method] as (...values: unknown[]) => unknown)(...args),
    { method, args },
  ) as Promise<Awaited<ReturnType<PageApi[K]>>>;
}

/** The value of a call that must have succeeded; otherwise fails with the page's error. */
export function succeeded<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`The call in the page failed: ${outcome.error.name}: ${outcome.error.message}`);
  return outcome.value;
}

/** The error of a call that must have failed. */
export function failed(outcome: Outcome<unknown>): ErrorSummary {
  if (outcome.ok) throw new Error(`The call in the page succeeded with ${JSON.stringify(outcome.value)}`);
  return outcome.error;
}
