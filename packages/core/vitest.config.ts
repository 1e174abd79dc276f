import { defineProject } from 'vitest/config';

// The same suite runs twice: in Node, and in an edge-like runtime (@edge-runtime/vm: web globals only).
export default defineProject({
  test: {
    name: 'core',
    include: ['test/**/*.test.ts'],
  },
});
