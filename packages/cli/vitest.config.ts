import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'cli',
    include: ['test/**/*.test.ts'],
    // The tests change no globals (each file starts its own server; the bin runs in child processes), so
    // files can share workers instead of paying a worker start each.
    isolate: false,
  },
});
