import { existsSync } from 'node:fs';

/** Debian's Chromium package; the suite runs with no download of its own. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_MISSING =
  'Chromium not found: install it with `apt-get install -y chromium` (Debian) to run the browser tests';

export interface FindChromiumOptions {
  path?: string;
  /** `process.env`: `RUNLET_REQUIRE_BROWSER=1` turns a missing Chromium into a failure (for CI). */
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
  warn?: (message: string) => void;
}

/**
 * The Chromium to test in, or `undefined` when it is missing and the browser tests should be skipped, after a
 * warning saying how to install it. With `RUNLET_REQUIRE_BROWSER=1`, a missing Chromium throws instead.
 */
export function findChromium(options: FindChromiumOptions = {}): string | undefined {
  const path = options.path ?? CHROMIUM_PATH;
  if ((options.exists ?? existsSync)(path)) return path;
  if ((options.env ?? process.env).RUNLET_REQUIRE_BROWSER === '1') throw new Error(CHROMIUM_MISSING);
  (options.warn ?? console.warn)(CHROMIUM_MISSING);
  return undefined;
}
