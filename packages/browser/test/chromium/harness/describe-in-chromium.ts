import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { findChromium } from './find-chromium.js';
import { type BrowserFixture, startBrowserFixture } from './start-browser-fixture.js';

/** Starting Chromium, the reference backend and the app, cold, on a slow machine. */
const START_TIMEOUT = 30_000;
/** A test is a few page loads and calls on loopback. */
const TEST_TIMEOUT = 15_000;

/** What a Chromium suite starts once per file: put back to its start after each test, closed after the last. */
export interface ChromiumFixture {
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A suite that runs in one real Chromium per file, with a reference backend and the app server around it.
 * Where Chromium is missing, the suite is skipped after a warning saying how to install it, or, with
 * `RUNLET_REQUIRE_BROWSER=1`, the file fails with that message.
 */
export function describeInChromium(name: string, body: (fixture: () => BrowserFixture) => void): void {
  describeInChromiumWith(name, startBrowserFixture, body);
}

/** `describeInChromium` around a fixture of the file's own, which `start` launches from Chromium's path. */
export function describeInChromiumWith<F extends ChromiumFixture>(
  name: string,
  start: (executablePath: string) => Promise<F>,
  body: (fixture: () => F) => void,
): void {
  const executablePath = findChromium();
  if (executablePath === undefined) {
    describe.skip(name, () => body(() => unavailable()));
    return;
  }
  describe(name, { timeout: TEST_TIMEOUT }, () => {
    let started: F | undefined;
    beforeAll(async () => {
      started = await start(executablePath);
    }, START_TIMEOUT);
    afterEach(async () => {
      await started?.reset();
    });
    afterAll(async () => {
      await started?.close();
    });
    body(() => started ?? unavailable());
  });
}

function unavailable(): never {
  throw new Error('The browser fixture did not start; see the error of beforeAll.');
}
