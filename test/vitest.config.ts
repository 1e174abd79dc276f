import { defineProject } from 'vitest/config';

// Checks that span the repo rather than one package: the README code blocks.
export default defineProject({
  test: {
    name: 'repo',
    include: ['**/*.test.ts'],
  },
});
