import { expect, test } from 'vitest';
import { npmScript, startExample } from './example-process.js';

test('npm start runs the Node script against the reference backend: a worker key, a sandbox, revoked', async () => {
  const run = startExample('node-script', npmScript('node-script', 'start'));
  expect(await run.exited, run.output()).toBe(0);
  const lines = run.output().trim().split('\n');
  expect(lines).toEqual([
    expect.stringMatching(/^\[examples\] reference backend on http:\/\/127\.0\.0\.1:\d+/),
    'signed in as mock-admin (test) with scopes *',
    expect.stringMatching(/^created (key_\w{16}) \(example-worker\) with scopes sandbox:create, sandbox:read,/),
    expect.stringMatching(/^sandbox sbx_\w+ is running$/),
    'exit 0: hello from a sandbox',
    '2 active keys',
    expect.stringMatching(/^revoked key_\w{16}$/),
  ]);
  expect(run.output()).not.toMatch(/rl_(test|live)_/);
});
