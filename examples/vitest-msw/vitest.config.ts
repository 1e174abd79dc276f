import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-vitest-msw',
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
  },
});
