import { readFile } from 'node:fs/promises';
import { createToken } from '@runlet/types';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type CliSandbox, createSandbox } from './helpers/cli-sandbox.js';

// The command line itself: nothing here reaches an API.
let sandbox: CliSandbox;

beforeAll(async () => {
  sandbox = await createSandbox();
});
afterAll(() => sandbox.cleanup());

describe.concurrent('the runlet command line', { timeout: 30_000 }, () => {
  it('prints the version of package.json with --version', async ({ expect }) => {
    const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    const result = await sandbox.run(['--version']);

    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints help listing every command, the exit codes and examples with --help, exit 0', async ({ expect }) => {
    const result = await sandbox.run(['--help']);

    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    for (const command of ['setup|login', 'whoami', 'config', 'keys', 'tokens'])
      expect(result.stdout).toContain(command);
    expect(result.stdout).toContain('Exit codes: 0 ok · 1 the API or the network failed · 2 usage error');
    expect(result.stdout).toContain('runlet keys rotate key_7Hq2Lm9Xz1Pa4Rt6 --grace 1h');
  });

  it("prints a command's help with its own and the global options with --help, exit 0", async ({ expect }) => {
    const [create, help] = await Promise.all([
      sandbox.run(['keys', 'create', '--help']),
      sandbox.run(['help', 'keys']),
    ]);

    expect(create.code).toBe(0);
    expect(create.stdout).toContain('Usage: runlet keys create [options]');
    for (const option of [
      '--name <name>',
      '--scope <scopes>',
      '--expires-in <duration>',
      '--base-url <url>',
      '--api-key <key>',
      '--json',
    ]) {
      expect(create.stdout).toContain(option);
    }
    expect(create.stdout).toContain('Here --profile is the permission profile of the new key.');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('rotate [options] <keyId>');
  });

  it('suggests the right flag for an unknown one and exits with 2', async ({ expect }) => {
    const result = await sandbox.run(['keys', 'list', '--limt', '5']);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("error: unknown option '--limt'");
    expect(result.stderr).toContain('(Did you mean --limit?)');
    expect(result.stderr).toContain('(run `runlet keys list --help` for usage)');
  });

  it('suggests the right command for an unknown one and exits with 2', async ({ expect }) => {
    const result = await sandbox.run(['kyes', 'list']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error: unknown command 'kyes'");
    expect(result.stderr).toContain('(Did you mean keys?)');
  });

  it('shows the help on stderr and exits with 2 when a command is missing', async ({ expect }) => {
    const [bare, group] = await Promise.all([sandbox.run([]), sandbox.run(['keys'])]);

    expect([bare.code, group.code]).toEqual([2, 2]);
    expect(bare.stderr).toContain('Usage: runlet [options] [command]');
    expect(group.stderr).toContain('Usage: runlet keys [options] [command]');
    expect(bare.stdout + group.stdout).toBe('');
  });

  it('never repeats a secret typed into a wrong flag or a bad --api-key, and prints no colour when piped', async ({
    expect,
  }) => {
    const secret = createToken('rl_live_');
    const [typo, truncated] = await Promise.all([
      sandbox.run(['whoami', `--apikey=${secret}`], { env: { NO_COLOR: '' } }),
      sandbox.run(['whoami', '--api-key', secret.slice(0, -3)]),
    ]);

    expect([typo.code, truncated.code]).toEqual([2, 2]);
    expect(typo.stderr).toContain(`unknown option '--apikey=rl_live_…${secret.slice(-4)}'`);
    expect(typo.stderr).not.toContain(secret);
    expect(typo.stderr).not.toContain('\x1b[');
    expect(truncated.stderr).toContain('3 character(s) too short; it looks truncated');
    expect(truncated.stderr).not.toContain(secret.slice(0, -3));
  });
});
