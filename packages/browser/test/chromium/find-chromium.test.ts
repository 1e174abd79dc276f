import { describe, expect, test, vi } from 'vitest';
import { CHROMIUM_MISSING, CHROMIUM_PATH, findChromium } from './harness/find-chromium.js';

describe('findChromium', () => {
  test('returns Debian’s /usr/bin/chromium when it is there, without a warning', () => {
    const warn = vi.fn();
    expect(findChromium({ exists: (path) => path === '/usr/bin/chromium', env: {}, warn })).toBe(CHROMIUM_PATH);
    expect(warn).not.toHaveBeenCalled();
  });

  test('skips loudly when Chromium is missing: a warning that says how to install it', () => {
    const warn = vi.fn();
    expect(findChromium({ exists: () => false, env: {}, warn })).toBeUndefined();
    expect(warn).toHaveBeenCalledExactlyOnceWith(
      'Chromium not found: install it with `apt-get install -y chromium` (Debian) to run the browser tests',
    );
  });

  test('fails with the same message when RUNLET_REQUIRE_BROWSER=1', () => {
    const warn = vi.fn();
    expect(() => findChromium({ exists: () => false, env: { RUNLET_REQUIRE_BROWSER: '1' }, warn })).toThrow(
      CHROMIUM_MISSING,
    );
    expect(warn).not.toHaveBeenCalled();
  });

  test('checks the real file system by default', () => {
    expect(findChromium({ path: '/nonexistent/chromium', env: {}, warn: () => {} })).toBeUndefined();
  });
});
