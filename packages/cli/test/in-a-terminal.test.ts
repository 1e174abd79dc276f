import { readFile, stat } from 'node:fs/promises';
import { type RunletMockServer, startRunletMockServer } from '@runlet/testing/server';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { apiCaller } from './helpers/api-caller.js';
import { sandboxForTest } from './helpers/cli-sandbox.js';
import { ptyRunner, runInPty } from './helpers/run-in-pty.js';

const runner = ptyRunner();
if (runner === undefined) {
  console.warn(
    '\n!!! SKIPPING the terminal tests: neither util-linux `script` nor python3 is available, so the hidden key ' +
      'prompt of `runlet setup`, the confirmation of `runlet keys revoke`, colours and the spinner are NOT tested. !!!\n',
  );
}

let mock: RunletMockServer;

beforeAll(async () => {
  mock = await startRunletMockServer({ port: 0 });
});
afterAll(() => mock.close());

describe
  .skipIf(runner === undefined)
  .concurrent(`runlet in a real pseudo-terminal (${runner})`, { timeout: 30_000 }, () => {
    it('runlet setup asks for the key with hidden input, never echoes it, and saves the profile', async ({
      expect,
      onTestFinished,
    }) => {
      const sandbox = await sandboxForTest(onTestFinished);
      const caller = await apiCaller(mock, { name: 'typed-in' });
      const { output, code } = await runInPty(['setup', '--profile', 'tty', '--base-url', mock.url], {
        cwd: sandbox.dir,
        env: sandbox.env,
        steps: [{ waitFor: /Paste your Runlet API key/, type: `${caller.secret}\r` }],
      });

      expect(code, output).toBe(0);
      expect(output).not.toContain(caller.secret);
      expect(output).not.toContain(caller.secret.slice(8, 20));
      expect(output).toContain('•'.repeat(caller.secret.length));
      expect(output).toContain(`The key works: ${caller.key.id} "typed-in".`);
      const config = JSON.parse(await readFile(sandbox.configFile, 'utf8'));
      expect(config.profiles.tty).toEqual({ apiKey: caller.secret, baseUrl: mock.url });
      expect((await stat(sandbox.configFile)).mode & 0o777).toBe(0o600);
    });

    it('runlet keys revoke asks first on a terminal: "n" keeps the key, "y" revokes it', async ({
      expect,
      onTestFinished,
    }) => {
      const sandbox = await sandboxForTest(onTestFinished);
      const caller = await apiCaller(mock);
      const { key } = await mock.backend.seedKey({ name: 'ask-me' });
      const options = { cwd: sandbox.dir, env: { ...sandbox.env, ...caller.env } };
      const question = new RegExp(`Revoke ${key.id}\\?`);

      const kept = await runInPty(['keys', 'revoke', key.id], {
        ...options,
        steps: [{ waitFor: question, type: 'n' }],
      });
      expect(kept.code, kept.output).toBe(0);
      expect(kept.output).toContain('Not revoked.');
      expect(caller.requests()).toEqual([]);

      const revoked = await runInPty(['keys', 'revoke', key.id], {
        ...options,
        steps: [{ waitFor: question, type: 'y' }],
      });
      expect(revoked.code, revoked.output).toBe(0);
      expect(revoked.output).toContain(`Revoked ${key.id}`);
      expect(caller.requests().map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
        `DELETE /v1/keys/${key.id} 200`,
      ]);
    });

    it('colours the output on a terminal, and not with NO_COLOR', async ({ expect, onTestFinished }) => {
      const sandbox = await sandboxForTest(onTestFinished);
      const caller = await apiCaller(mock);
      const env = { ...sandbox.env, ...caller.env };
      const { NO_COLOR: _, ...colourful } = env;

      const [coloured, plain] = await Promise.all([
        runInPty(['keys', 'show', caller.key.id], { cwd: sandbox.dir, env: colourful, steps: [] }),
        runInPty(['keys', 'show', caller.key.id], { cwd: sandbox.dir, env, steps: [] }),
      ]);

      expect(coloured.code, coloured.output).toBe(0);
      expect(coloured.output).toContain('\x1b[32mactive\x1b[39m');
      expect(plain.code, plain.output).toBe(0);
      expect(plain.output).toMatch(/status\s+active/);
      expect(plain.output).not.toContain('\x1b[3');
    });
  });

// Latency is server-wide, so this runs after the others.
describe.skipIf(runner === undefined)('a spinner in a real pseudo-terminal', { timeout: 30_000 }, () => {
  it('shows a spinner on a terminal while a slow request runs, and none when stderr is a pipe', async ({
    expect,
    onTestFinished,
  }) => {
    const sandbox = await sandboxForTest(onTestFinished);
    const caller = await apiCaller(mock);
    const env = { ...sandbox.env, ...caller.env };
    mock.backend.setLatency(600);
    onTestFinished(() => mock.backend.setLatency(0));

    const [terminal, piped] = await Promise.all([
      runInPty(['whoami', '--json'], { cwd: sandbox.dir, env, steps: [] }),
      sandbox.run(['whoami', '--json'], { env }),
    ]);

    expect(terminal.code, terminal.output).toBe(0);
    expect(terminal.output).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Asking the API who this is/);
    expect(terminal.output).toContain('\r\x1b[2K{');
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe('');
    expect(JSON.parse(piped.stdout)).toMatchObject({ keyId: caller.key.id });
  });
});
