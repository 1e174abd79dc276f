import { PassThrough } from 'node:stream';
import { createToken } from '@runlet/types';
import { describe, expect, it } from 'vitest';
import { type CliIO, createProgram, EXIT_CODES, run } from '../src/index.js';

// A well-formed key and a closed port: a command that sent a request would fail with exit 1, so exit 2 shows
// that nothing was sent.
const UNREACHABLE = { RUNLET_API_KEY: createToken('rl_test_'), RUNLET_BASE_URL: 'http://127.0.0.1:9' };

function fakeIO(env: Record<string, string> = {}, input = '') {
  const [stdin, stdout, stderr] = [new PassThrough(), new PassThrough(), new PassThrough()];
  stdin.end(input);
  const output = { stdout: '', stderr: '' };
  stdout.on('data', (chunk) => {
    output.stdout += chunk;
  });
  stderr.on('data', (chunk) => {
    output.stderr += chunk;
  });
  const io: CliIO = {
    stdin,
    stdout,
    stderr,
    env: { NO_COLOR: '1', RUNLET_CONFIG_FILE: '/nonexistent/runlet.json', ...env },
  };
  return { io, output };
}

async function runInProcess(argv: string[], env: Record<string, string> = UNREACHABLE, stdin = '') {
  const { io, output } = fakeIO(env, stdin);
  const code = await run(argv, io);
  return { code, ...output };
}

describe('run(argv, io) in the same process', () => {
  it('resolves to the exit code instead of exiting, and writes only to the given streams', async () => {
    const version = await runInProcess(['--version']);
    const typo = await runInProcess(['keys', 'create', '--nmae', 'x']);

    expect(version).toEqual({ code: EXIT_CODES.ok, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/), stderr: '' });
    expect(typo.code).toBe(EXIT_CODES.usage);
    expect(typo.stderr).toContain('(Did you mean --name?)');
  });

  it.each([
    [['keys', 'create', '--name', 'x', '--scope', 'keys:read', '--profile', 'admin'], 'not both and not neither'],
    [
      ['keys', 'create', '--name', 'x', '--profile', 'admin', '--type', 'temporary'],
      'A temporary key needs an expiry: add --expires-in',
    ],
    [
      ['keys', 'create', '--name', 'x', '--scope', 'sandbox:exec'],
      'Unknown scope "sandbox:exec". Did you mean sandbox:execute?',
    ],
    [
      ['keys', 'create', '--name', 'x', '--profile', 'admin', '--type', 'forever'],
      'Allowed choices are personal, service, temporary.',
    ],
    [['keys', 'create', '--profile', 'admin'], '--name is required, like --name ci-worker.'],
    [
      ['keys', 'update', 'key_0000000000000000', '--expires-in', '1d', '--no-expiry'],
      'Give --expires-in or --no-expiry, not both.',
    ],
    [['keys', 'update', 'key_0000000000000000', '--expires-in', '30'], '"30" has no unit: write 30s, 30m, 30h or 30d.'],
    [
      ['keys', 'rotate', 'key_0000000000000000', '--grace', 'one hour'],
      "option '--grace <duration>' argument 'one hour' is invalid",
    ],
    [['keys', 'rotate', 'key_short'], 'Key ids look like key_7Hq2Lm9Xz1Pa4Rt6'],
    [['keys', 'alert', 'key_0000000000000000'], '--threshold is required, like --threshold 80.'],
    [['keys', 'list', '--limit', '500'], 'Write a whole number from 1 to 100.'],
    [['tokens', 'create', '--scope', 'sandbox:raed'], 'Did you mean sandbox:read?'],
    [['tokens', 'create', '--scope', 'agent:read', '--ttl', '10 minutes'], '"10 minutes" is not a duration'],
    [
      ['tokens', 'create', '--scope', 'agent:read', '--ttl', '2h'],
      '"2h" is 7200 s: write a duration from 1m to 1h (60–3600 s).',
    ],
    [['tokens', 'create', '--scope', 'agent:read', '--ttl', '30s'], '(60–3600 s)'],
    [
      ['tokens', 'create', '--scope', 'keys:read'],
      'Scope "keys:read" is not allowed on a client token. Allowed on a client token: sandbox:*, sandbox:create,',
    ],
    [['tokens', 'create'], '--scope is required'],
    [
      ['config', 'show', '--key', 'password'],
      'Allowed choices are profile, configFile, apiKey, baseURL, signingSecret.',
    ],
    [['whoami', '--base-url', 'ftp://example.com'], 'must be an https:// URL'],
    [['whoami', 'extra'], 'error: too many arguments'],
    [['whoami', '--api-key', createToken('rl_ct_')], 'client token (rl_ct_…)'],
    [['keys', 'show'], "error: missing required argument 'keyId'"],
  ])('exits with 2 before sending anything: runlet %j', async (argv, message) => {
    const result = await runInProcess(argv);

    expect(result.code).toBe(EXIT_CODES.usage);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it.each([
    ['a client token', createToken('rl_ct_'), 'client token (rl_ct_…)'],
    ['a signing secret', createToken('rl_sig_'), 'signing secret (rl_sig_…)'],
    ['nothing', '', 'No API key given: stdin was empty'],
  ])('runlet setup refuses %s on stdin with exit 2, saying what it needs', async (_what, stdin, message) => {
    const result = await runInProcess(['setup', '--base-url', 'http://127.0.0.1:9'], {}, stdin);

    expect(result.code).toBe(EXIT_CODES.usage);
    expect(result.stderr).toContain(message);
  });

  it('runlet setup refuses a base URL that would send the key in clear text, with exit 2', async () => {
    const result = await runInProcess(['setup', '--base-url', 'http://api.example.com'], {}, createToken('rl_test_'));

    expect(result.code).toBe(EXIT_CODES.usage);
    expect(result.stderr).toContain('is not https: API keys must not travel in clear text');
  });

  it('reports a missing key as a failure with exit 1, in terms of the command line rather than the SDK', async () => {
    const result = await runInProcess(['whoami'], {});
    const other = await runInProcess(['whoami', '--profile', 'work'], {});

    expect(result.code).toBe(EXIT_CODES.failure);
    expect(result.stderr).toContain(
      'No Runlet API key found. Pass --api-key <key>, set RUNLET_API_KEY, or run `runlet setup` to save one in ' +
        'profile "default" of /nonexistent/runlet.json (that file does not exist yet).',
    );
    expect(other.stderr).toContain('or run `runlet setup --profile work` to save one in profile "work"');
    expect(result.stderr).not.toContain('new Runlet');
    expect(result.stderr).not.toContain('`apiKey` option');
  });

  it('treats a malformed key from RUNLET_API_KEY like one from --api-key: exit 2, naming where it came from', async () => {
    const truncated = createToken('rl_test_').slice(0, -3);
    const fromOption = await runInProcess(['whoami', '--api-key', truncated], {
      RUNLET_BASE_URL: 'http://127.0.0.1:9',
    });
    const fromEnv = await runInProcess(['whoami'], { ...UNREACHABLE, RUNLET_API_KEY: truncated });
    const tokenInEnv = await runInProcess(['keys', 'list', '--json'], {
      ...UNREACHABLE,
      RUNLET_API_KEY: createToken('rl_ct_'),
    });

    expect([fromOption.code, fromEnv.code, tokenInEnv.code]).toEqual([
      EXIT_CODES.usage,
      EXIT_CODES.usage,
      EXIT_CODES.usage,
    ]);
    expect(fromOption.stderr).toContain('error: The key given with --api-key is not valid: ');
    expect(fromEnv.stderr).toContain('error: The key in RUNLET_API_KEY is not valid: ');
    expect(fromEnv.stderr).toContain('Correct RUNLET_API_KEY, or unset it to use the config profile.');
    expect(tokenInEnv.stderr).toContain('error: The key in RUNLET_API_KEY is a client token (rl_ct_…)');
    expect(fromEnv.stderr).not.toContain(truncated);
  });

  it('prints the help of every command on stdout with exit 0', async () => {
    const program = createProgram(fakeIO().io);
    const commands = program.commands.flatMap((command) =>
      command.commands.length === 0 ? [[command.name()]] : command.commands.map((sub) => [command.name(), sub.name()]),
    );

    expect(commands.map((words) => words.join(' '))).toEqual([
      'setup',
      'whoami',
      'config show',
      'keys list',
      'keys show',
      'keys create',
      'keys update',
      'keys rotate',
      'keys revoke',
      'keys usage',
      'keys alert',
      'tokens create',
      'agents run',
      'runs watch',
    ]);
    for (const words of commands) {
      const result = await runInProcess([...words, '--help']);
      expect(result.code, words.join(' ')).toBe(EXIT_CODES.ok);
      expect(result.stdout, words.join(' ')).toContain(`Usage: runlet ${words.join(' ')}`);
      expect(result.stdout, words.join(' ')).toContain('--json');
      expect(result.stdout, words.join(' ')).toContain('-h, --help');
    }
  });
});

describe('RUNLET_LOG', () => {
  it('prints the stack of a failure for debug in any case, and not otherwise', async () => {
    const key = createToken('rl_test_');
    const env = { RUNLET_API_KEY: key, RUNLET_BASE_URL: 'http://127.0.0.1:9' };
    const loud = await runInProcess(['whoami'], { ...env, RUNLET_LOG: 'DEBUG' });
    const quiet = await runInProcess(['whoami'], { ...env, RUNLET_LOG: 'warn' });
    expect(loud.code).toBe(EXIT_CODES.failure);
    expect(loud.stderr).toMatch(/\n\s+at /);
    expect(quiet.stderr).not.toMatch(/\n\s+at /);
  });
});
