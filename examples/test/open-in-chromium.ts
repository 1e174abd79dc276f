// One headless Chromium per test file, found as the browser package's Chromium tests find it.
import { type Browser, chromium } from 'playwright-core';
import { describe } from 'vitest';
import { findChromium } from '../../packages/browser/test/chromium/harness/find-chromium.js';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

/**
 * `describe` where Chromium is installed; elsewhere the suite is skipped after a warning saying how to install it,
 * or fails with `RUNLET_REQUIRE_BROWSER=1` (CI).
 */
export function describeWithChromium(name: string, body: (launch: () => Promise<Browser>) => void): void {
  const executablePath = findChromium();
  const launch = () => chromium.launch({ executablePath: executablePath ?? '', args: ARGS });
  if (executablePath === undefined) describe.skip(name, () => body(launch));
  else describe(name, () => body(launch));
}
