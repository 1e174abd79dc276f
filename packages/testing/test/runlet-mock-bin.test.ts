import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createToken } from '@runlet/types';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin/runlet-mock.js', import.meta.url));

function run(args: string[], env: Record<string, string> = {}) {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build in packages/testing first.`);
  const { RUNLET_MOCK_ADMIN_KEY: _own, ...inherited } = process.env;
  const child = spawn(process.execPath, [bin, ...args], { env: { ...inherited, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<{ url: string; key: string }>((resolve, reject) => {
    child.stdout.on('data', () => {
      const url = /Runlet mock API listening on (http:\/\/\S+)/.exec(stdout)?.[1];
      const key = /Admin key: (rl_test_\S+)/.exec(stdout)?.[1];
      if (url && key) resolve({ url, key });
    });
    void exited.then((code) => reject(new Error(`exited with ${code}: ${stderr}`)));
  });
  // Usage errors end the process before it is ready; those tests await `exited` instead.
  ready.catch(() => undefined);
  return { child, ready, exited, output: () => ({ stdout, stderr }) };
}

async function stop(child: ChildProcess, exited: Promise<number | null>) {
  child.kill('SIGTERM');
  return exited;
}

// Each test starts node processes, slow on a loaded machine.
describe('runlet-mock serve', { timeout: 20_000 }, () => {
  it('prints its URL and a ready admin key, serves the API and stops on SIGTERM', async () => {
    const { child, ready, exited } = run(['serve', '--port', '0']);
    const { url, key } = await ready;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const me = await fetch(`${url}/v1/me`, { headers: { Authorization: `Bearer ${key}` } });
    expect(await me.json()).toMatchObject({ scopes: ['*'], tier: 'pro' });
    expect(await stop(child, exited)).toBe(0);
  });

  it('uses RUNLET_MOCK_ADMIN_KEY, and --admin-key over it', async () => {
    const fromEnv = createToken('rl_test_');
    const fromFlag = createToken('rl_test_');
    const [first, second] = [
      run(['serve', '--port', '0'], { RUNLET_MOCK_ADMIN_KEY: fromEnv }),
      run(['serve', '--port', '0', '--admin-key', fromFlag], { RUNLET_MOCK_ADMIN_KEY: fromEnv }),
    ];
    expect((await first.ready).key).toBe(fromEnv);
    expect((await second.ready).key).toBe(fromFlag);
    expect(await Promise.all([stop(first.child, first.exited), stop(second.child, second.exited)])).toEqual([0, 0]);
  });

  it('explains wrong usage with exit code 2, without echoing a bad key', async () => {
    const [badPort, noCommand, badKey, help] = [
      run(['serve', '--port', 'x']),
      run([]),
      run(['serve', '--port', '0', '--admin-key', 'rl_test_tooShortToBeReal']),
      run(['--help']),
    ];
    expect(await Promise.all([badPort.exited, noCommand.exited, badKey.exited, help.exited])).toEqual([2, 2, 1, 0]);
    expect(badPort.output().stderr).toContain('--port must be a whole number');
    expect(noCommand.output().stderr).toContain('Usage: runlet-mock serve');
    expect(badKey.output().stderr).toContain('too short');
    expect(badKey.output().stderr).not.toContain('tooShortToBeReal');
    expect(help.output().stdout).toContain('--trust-proxy');
  });
});
