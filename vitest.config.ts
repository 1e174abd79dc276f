import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'packages/*/vitest.edge.config.ts',
      'test/vitest.config.ts',
      'examples/vitest.config.ts',
      'examples/*/vitest.config.ts',
    ],
  },
});
