// The root README's getting-started block (it must equal test/fixtures/getting-started.ts) runs as it is.
import { afterEach, expect, test, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
});

test('the getting-started script runs against the reference backend and prints what it did', async () => {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
  await import('./fixtures/getting-started.js');
  expect(lines).toEqual([
    expect.stringMatching(/^signed in as mock-admin with scopes \*$/),
    expect.stringMatching(/^created key_\w{16}; its secret is shown once: rl_test_…$/),
    'hello from a sandbox',
  ]);
});
