import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built bin, as npm installs it. Tests run it; `npm test` builds it first. */
export const BIN = fileURLToPath(new URL('../../dist/bin/runlet.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Written to the bin's stdin, which is then closed (a pipe: not a terminal). */
  stdin?: string;
  env?: Record<string, string>;
}

/** A temporary HOME and config file, so that the developer's own config is never read or written. */
export interface CliSandbox {
  dir: string;
  configFile: string;
  /** The environment every run gets: HOME and RUNLET_CONFIG_FILE in the sandbox, NO_COLOR=1, PATH. */
  env: Record<string, string>;
  run(args: string[], options?: RunOptions): Promise<CliResult>;
  cleanup(): Promise<void>;
}

export async function createSandbox(): Promise<CliSandbox> {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` in packages/cli first.`);
  const dir = await mkdtemp(join(tmpdir(), 'runlet-cli-'));
  const home = join(dir, 'home');
  await mkdir(home);
  const configFile = join(dir, 'config', 'runlet.json');
  // Nothing of the test process's own environment (RUNLET_*, XDG_CONFIG_HOME, FORCE_COLOR) leaks in.
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, RUNLET_CONFIG_FILE: configFile, NO_COLOR: '1' };
  return {
    dir,
    configFile,
    env,
    run: (args, options = {}) =>
      runBin(args, { cwd: dir, env: { ...env, ...options.env }, stdin: options.stdin ?? '' }),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

function runBin(
  args: string[],
  options: { cwd: string; env: Record<string, string>; stdin: string },
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: options.env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.stdin);
  });
}

/** Parses a run's stdout as JSON, showing the run when it is not. */
export function json<T = Record<string, unknown>>(result: CliResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${result.code}):\n${result.stdout}\nstderr:\n${result.stderr}`);
  }
}

/** A sandbox for the current test only, removed when the test ends. */
export async function sandboxForTest(onTestFinished: (cleanup: () => Promise<void>) => void): Promise<CliSandbox> {
  const sandbox = await createSandbox();
  onTestFinished(() => sandbox.cleanup());
  return sandbox;
}
