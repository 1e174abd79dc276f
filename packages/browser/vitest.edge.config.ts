import { defineProject } from 'vitest/config';

// The unit tests again, in an edge-like runtime (@edge-runtime/vm: web globals only, no Node built-ins).
export default defineProject({
  test: {
    name: 'browser-edge',
    include: ['test/**/*.test.ts'],
    // These drive Node itself: esbuild, a Chromium, HTTP servers, and msw/node (a consumer's Node test setup).
    exclude: [
      'test/chromium/**',
      'test/browser-safe-bundle.test.ts',
      'test/bundle-size.test.ts',
      'test/fake-timers-recipe.test.ts',
    ],
    environment: 'edge-runtime',
  },
});
