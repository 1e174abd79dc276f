import { spawn, spawnSync } from 'node:child_process';
import { BIN } from './cli-sandbox.js';

/**
 * How a pseudo-terminal can be had here: util-linux `script`, else python3's `pty` module, else none.
 * RUNLET_TEST_PTY=python3 (or script) forces one, to test both.
 */
export function ptyRunner(): 'script' | 'python3' | undefined {
  const forced = process.env.RUNLET_TEST_PTY;
  if (forced === 'script' || forced === 'python3') return forced;
  if (spawnSync('script', ['--version']).status === 0) return 'script';
  if (spawnSync('python3', ['-c', 'import pty']).status === 0) return 'python3';
  return undefined;
}

export interface PtyStep {
  /** Wait until the terminal output so far matches this… */
  waitFor: RegExp;
  /** …then type this (`\r` is Enter). */
  type: string;
}

export interface PtyResult {
  code: number | null;
  /** Everything the terminal showed: stdout and stderr of the bin, and the echo of what was typed. */
  output: string;
}

/**
 * Runs the bin with a real pseudo-terminal as its stdin, stdout and stderr, types each step's text once
 * the output matches its pattern, and resolves when the bin exits.
 */
export function runInPty(
  args: string[],
  options: { cwd: string; env: Record<string, string>; steps: PtyStep[] },
): Promise<PtyResult> {
  const runner = ptyRunner();
  if (runner === undefined) throw new Error('No pseudo-terminal: neither `script` nor python3 is available.');
  const argv = [process.execPath, BIN, ...args];
  const child =
    runner === 'script'
      ? spawn('script', ['-qfec', argv.map(shellQuote).join(' '), '/dev/null'], { cwd: options.cwd, env: options.env })
      : spawn('python3', ['-c', PYTHON_PTY, ...argv], { cwd: options.cwd, env: options.env });
  const steps = [...options.steps];
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The bin did not finish in the terminal. It showed:\n${output}`));
    }, 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const step = steps[0];
      if (step?.waitFor.test(output)) {
        steps.shift();
        // A short pause: the prompt is drawn before its keypress listener is attached.
        setTimeout(() => child.stdin.write(step.type), 100);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ code, output });
    });
  });
}

// pty.spawn returns the child's wait status; the exit code is its high byte.
const PYTHON_PTY = 'import pty, sys; sys.exit(pty.spawn(sys.argv[1:]) >> 8)';

function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
