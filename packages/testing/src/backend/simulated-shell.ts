import { type CommandIo, runCommand } from './shell-commands.js';
import { ShellSyntaxError, type ShellToken, tokenize } from './shell-tokens.js';

export interface ShellSession {
  /** The sandbox's files, changed in place by redirections, `touch` and `rm`. */
  files: Map<string, string>;
  env: Record<string, string>;
  /** What `hostname`, `uname -a` and `date` answer. */
  hostname: string;
  now: number;
  timeoutSeconds: number;
}

export interface ShellResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
}

interface Stage {
  words: string[];
  redirects: { op: string; target: string | null }[];
}

/**
 * Runs a command line deterministically: `echo hi` prints "hi\n", `exit 3` exits 3, `sleep 2` takes 2000 ms
 * (exit 124 past the timeout), `&&`, `||`, `;`, pipes, redirections and a flat in-memory file system work;
 * an unknown command answers "not found" with exit 127, as `sh` would.
 */
export function runShell(script: string, session: ShellSession): ShellResult {
  const state = { stdout: '', stderr: '', durationMs: 0, status: 0 };
  const lookup = (name: string) => (name === '?' ? String(state.status) : (session.env[name] ?? ''));
  let pending: ShellToken[] = [];
  let skip = false;
  const runPending = (): boolean => {
    const stages = toStages(pending);
    pending = [];
    if (skip || stages.length === 0) return true;
    let input = '';
    for (const [index, stage] of stages.entries()) {
      const io: CommandIo = { stdin: input, stdout: '', stderr: '', session };
      const outcome = runCommand(stage.words, io);
      state.durationMs += 2 + (outcome.sleptMs ?? 0);
      if (state.durationMs > session.timeoutSeconds * 1000) {
        state.stderr += `sh: 1: command timed out after ${session.timeoutSeconds} seconds\n`;
        state.status = 124;
        return false;
      }
      const { stdout, stderr } = applyRedirects(stage, io, session.files);
      state.stderr += stderr;
      if (index < stages.length - 1) input = stdout;
      else state.stdout += stdout;
      state.status = outcome.status;
      if (outcome.exit) return false;
    }
    return true;
  };
  try {
    for (const token of tokenize(script, lookup)) {
      if (token.type !== 'operator' || token.value === '|') {
        pending.push(token);
        continue;
      }
      if (!runPending()) return result(state);
      skip = (token.value === '&&' && state.status !== 0) || (token.value === '||' && state.status === 0);
    }
    runPending();
  } catch (error) {
    if (!(error instanceof ShellSyntaxError)) throw error;
    state.stderr += `sh: 1: Syntax error: ${error.message}\n`;
    state.status = 2;
  }
  return result(state);
}

function result(state: { stdout: string; stderr: string; durationMs: number; status: number }): ShellResult {
  return { exitCode: state.status, stdout: state.stdout, stderr: state.stderr, durationMs: state.durationMs };
}

function toStages(tokens: ShellToken[]): Stage[] {
  const stages: Stage[] = [{ words: [], redirects: [] }];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const stage = stages.at(-1);
    if (!token || !stage) continue;
    if (token.type === 'operator') {
      stages.push({ words: [], redirects: [] });
    } else if (token.type === 'word') {
      stage.words.push(token.value);
    } else if (token.value.includes('&')) {
      stage.redirects.push({ op: token.value, target: null });
    } else {
      const next = tokens[++i];
      if (next?.type !== 'word') throw new ShellSyntaxError(`redirection unexpected`);
      stage.redirects.push({ op: token.value, target: next.value });
    }
  }
  if (stages.some((stage) => stage.words.length === 0) && stages.length > 1) {
    throw new ShellSyntaxError('"|" unexpected');
  }
  return stages.filter((stage) => stage.words.length > 0);
}

function applyRedirects(stage: Stage, io: CommandIo, files: Map<string, string>): { stdout: string; stderr: string } {
  let { stdout, stderr } = io;
  for (const { op, target } of stage.redirects) {
    if (op === '>&2') [stdout, stderr] = ['', stderr + stdout];
    else if (op === '2>&1') [stdout, stderr] = [stdout + stderr, ''];
    else if (target !== null) {
      const isStderr = op.startsWith('2');
      const text = isStderr ? stderr : stdout;
      if (target !== '/dev/null') {
        files.set(target, (op.endsWith('>>') ? (files.get(target) ?? '') : '') + text);
      }
      if (isStderr) stderr = '';
      else stdout = '';
    }
  }
  return { stdout, stderr };
}
