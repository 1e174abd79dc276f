import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'testing',
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/setup.ts'],
    // The files share no global state (msw restores fetch on close), so one worker may run several.
    isolate: false,
  },
});
