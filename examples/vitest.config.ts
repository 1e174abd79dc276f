import { defineProject } from 'vitest/config';

// The examples run as their READMEs say, against the reference backend (examples/vitest-msw is a project of its own).
export default defineProject({
  test: {
    name: 'examples',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
