// Runs an example the way its README says, as a child process on the repo's Node (node_modules/.bin first).
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EXAMPLES = join(import.meta.dirname, '..');
const BIN = join(EXAMPLES, '..', 'node_modules', '.bin');

/** A running example: what it printed so far, a wait for a line, and its end. */
export interface ExampleProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the first match of `pattern` in stdout+stderr; rejects if the process ends first. */
  waitFor(pattern: RegExp): Promise<RegExpExecArray>;
  /** The exit code, once it ends. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** The command of one of the example's npm scripts, as `npm run <script>` would run it (without npm). */
export function npmScript(example: string, script: string): string {
  const pkg = JSON.parse(readFileSync(join(EXAMPLES, example, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const command = pkg.scripts[script];
  if (!command) throw new Error(`examples/${example} has no "${script}" script`);
  return command;
}

export function startExample(
  example: string,
  command: string,
  env: Record<string, string | undefined> = {},
): ExampleProcess {
  // Neither the test run's own Runlet settings nor its NODE_OPTIONS reach the example.
  const { RUNLET_API_KEY, RUNLET_BASE_URL, RUNLET_SIGNING_SECRET, RUNLET_PROFILE, NODE_OPTIONS, ...rest } = process.env;
  const child = spawn('sh', ['-c', command], {
    cwd: join(EXAMPLES, example),
    env: {
      ...rest,
      PATH: `${BIN}:${process.env.PATH}`,
      RUNLET_CONFIG_FILE: '/nonexistent/runlet-config.json',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so that stop() ends npm-like chains (sh → node → server) too
  });
  let output = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    waitFor(pattern) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output);
          if (match) {
            listeners.delete(check);
            resolve(match);
          }
        };
        listeners.add(check);
        check();
        void exited.then((code) => {
          if (listeners.delete(check))
            reject(new Error(`examples/${example} ended (${code}) before ${pattern}:\n${output}`));
        });
      });
    },
    async stop() {
      if (child.exitCode === null && child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      await exited;
    },
  };
}
