import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'core-edge',
    include: ['test/**/*.test.ts'],
    environment: 'edge-runtime',
  },
});
