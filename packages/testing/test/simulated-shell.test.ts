import { describe, expect, it } from 'vitest';
import { runShell, type ShellSession } from '../src/backend/simulated-shell.js';

const session = (overrides: Partial<ShellSession> = {}): ShellSession => ({
  files: new Map(),
  env: { HOME: '/home/runlet' },
  hostname: 'sbx_test',
  now: Date.UTC(2026, 0, 1),
  timeoutSeconds: 60,
  ...overrides,
});

describe('the simulated shell', () => {
  it.each([
    ['echo hi', 'hi\n', 0],
    ['echo -n hi', 'hi', 0],
    ['echo "a  b" \'$HOME\' "$HOME"', 'a  b $HOME /home/runlet\n', 0],
    ['echo a; echo b', 'a\nb\n', 0],
    ['false && echo no || echo yes', 'yes\n', 0],
    ['true || echo no', '', 0],
    ['false; echo $?', '1\n', 0],
    ['exit 3; echo never', '', 3],
    ['printf "%s-%s\\n" a b', 'a-b\n', 0],
    ['pwd && whoami', '/home/runlet\nrunlet\n', 0],
    ['hostname', 'sbx_test\n', 0],
    ['date', 'Thu, 01 Jan 2026 00:00:00 GMT\n', 0],
    ['printf "b\\na\\nb\\n" | sort | head -n 2', 'a\nb\n', 0],
    ['echo one two three | wc -w', '3\n', 0],
    ['printf "x\\ny\\n" | grep y', 'y\n', 0],
    ['echo x | grep z', '', 1],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell syntax, not a template.
    ['X=1; echo ${X}', '1\n', 0],
    ['echo hi # a comment', 'hi\n', 0],
  ])('runs %j', (command, stdout, exitCode) => {
    const result = runShell(command, session());
    expect(result).toMatchObject({ stdout, exitCode, stderr: '' });
  });

  it('answers "not found" with exit 127 for an unknown command', () => {
    expect(runShell('python3 -c "print(1)"', session())).toMatchObject({
      exitCode: 127,
      stdout: '',
      stderr: 'sh: 1: python3: not found\n',
    });
  });

  it('writes, appends, lists, reads and removes files', () => {
    const files = new Map<string, string>();
    const run = (command: string) => runShell(command, session({ files }));
    run('echo one > a.txt; echo two >> a.txt; touch b.txt');
    expect(run('ls').stdout).toBe('a.txt\nb.txt\n');
    expect(run('cat a.txt').stdout).toBe('one\ntwo\n');
    expect(run('rm b.txt; ls').stdout).toBe('a.txt\n');
    expect(run('cat missing')).toMatchObject({ exitCode: 1, stderr: 'cat: missing: No such file or directory\n' });
  });

  it('sends output to stderr with >&2 and drops it with 2>/dev/null', () => {
    expect(runShell('echo oops >&2', session())).toMatchObject({ stdout: '', stderr: 'oops\n' });
    expect(runShell('nope 2>/dev/null', session())).toMatchObject({ stderr: '', exitCode: 127 });
  });

  it('takes the time of sleep and stops at the timeout with exit 124', () => {
    expect(runShell('sleep 1.5', session()).durationMs).toBe(1502);
    const result = runShell('sleep 3; echo late', session({ timeoutSeconds: 2 }));
    expect(result).toMatchObject({ exitCode: 124, stdout: '' });
    expect(result.stderr).toContain('timed out after 2 seconds');
  });

  it('answers a syntax error with exit 2', () => {
    expect(runShell('echo "open', session())).toMatchObject({
      exitCode: 2,
      stderr: 'sh: 1: Syntax error: Unterminated quoted string\n',
    });
  });
});
