import type { ShellSession } from './simulated-shell.js';

/** One command's input and output. */
export interface CommandIo {
  stdin: string;
  stdout: string;
  stderr: string;
  session: ShellSession;
}

export interface CommandOutcome {
  status: number;
  /** `exit` ends the whole command line. */
  exit?: boolean;
  sleptMs?: number;
}

type Command = (args: string[], io: CommandIo) => CommandOutcome;

const ok: CommandOutcome = { status: 0 };
const lines = (text: string) => text.split('\n').filter((line, i, all) => line !== '' || i < all.length - 1);
const joinLines = (list: string[]) => (list.length === 0 ? '' : `${list.join('\n')}\n`);

const commands: Record<string, Command> = {
  echo(args, io) {
    const newline = args[0] !== '-n';
    io.stdout += (newline ? args : args.slice(1)).join(' ') + (newline ? '\n' : '');
    return ok;
  },
  printf([format = '', ...args], io) {
    let next = 0;
    io.stdout += format
      .replace(/%[sd%]/g, (spec) => (spec === '%%' ? '%' : (args[next++] ?? '')))
      .replace(/\\n/g, '\n')
      .replace(/\\t/g, '\t');
    return ok;
  },
  exit: ([code]) => ({ status: code === undefined ? 0 : Number(code) & 255, exit: true }),
  true: () => ok,
  false: () => ({ status: 1 }),
  ':': () => ok,
  cd: () => ok,
  mkdir: () => ok,
  pwd: (_, io) => write(io, '/home/runlet\n'),
  whoami: (_, io) => write(io, 'runlet\n'),
  id: (_, io) => write(io, 'uid=1000(runlet) gid=1000(runlet) groups=1000(runlet)\n'),
  hostname: (_, io) => write(io, `${io.session.hostname}\n`),
  uname: (args, io) =>
    write(io, args.includes('-a') ? `Linux ${io.session.hostname} 6.8.0-runlet #1 SMP x86_64 GNU/Linux\n` : 'Linux\n'),
  date: (_, io) => write(io, `${new Date(io.session.now).toUTCString()}\n`),
  sleep([seconds = ''], io) {
    const value = Number(seconds);
    if (!Number.isFinite(value) || value < 0) return fail(io, `sleep: invalid time interval '${seconds}'`);
    return { status: 0, sleptMs: Math.round(value * 1000) };
  },
  env: (_, io) => write(io, envText(io.session)),
  printenv([name], io) {
    if (name === undefined) return write(io, envText(io.session));
    const value = io.session.env[name];
    return value === undefined ? { status: 1 } : write(io, `${value}\n`);
  },
  export(args, io) {
    for (const arg of args) assign(arg, io.session);
    return ok;
  },
  ls: (_, io) => write(io, joinLines([...io.session.files.keys()].sort())),
  touch(args, io) {
    for (const file of args) io.session.files.set(file, io.session.files.get(file) ?? '');
    return ok;
  },
  rm(args, io) {
    const files = args.filter((arg) => !arg.startsWith('-'));
    const missing = files.filter((file) => !io.session.files.delete(file));
    if (missing.length === 0 || args.includes('-f')) return ok;
    return fail(io, missing.map((file) => `rm: cannot remove '${file}': No such file or directory`).join('\n'));
  },
  cat: (args, io) => withInput('cat', args, io, (text) => text),
  wc: (args, io) =>
    withInput(
      'wc',
      args.filter((arg) => !arg.startsWith('-')),
      io,
      (text) => {
        const counts = { '-l': lines(text).length, '-w': text.split(/\s+/).filter(Boolean).length, '-c': text.length };
        const flag = (['-l', '-w', '-c'] as const).find((option) => args.includes(option));
        return `${flag ? counts[flag] : `${counts['-l']} ${counts['-w']} ${counts['-c']}`}\n`;
      },
    ),
  grep([pattern = '', ...files], io) {
    let found = false;
    const outcome = withInput('grep', files, io, (text) => {
      const matching = lines(text).filter((line) => line.includes(pattern));
      found = matching.length > 0;
      return joinLines(matching);
    });
    return outcome.status === 0 && !found ? { status: 1 } : outcome;
  },
  head: (args, io) => withInput('head', fileArgs(args), io, (text) => joinLines(lines(text).slice(0, countArg(args)))),
  tail: (args, io) =>
    withInput('tail', fileArgs(args), io, (text) => joinLines(lines(text).slice(lines(text).length - countArg(args)))),
  sort: (args, io) => withInput('sort', args, io, (text) => joinLines(lines(text).sort())),
};

/** Runs one simple command (after expansion) of the simulated shell. */
export function runCommand(words: string[], io: CommandIo): CommandOutcome {
  let index = 0;
  while (index < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[index] ?? '')) {
    assign(words[index] ?? '', io.session);
    index++;
  }
  const [name, ...args] = words.slice(index);
  if (name === undefined) return ok;
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    fail(io, `sh: 1: ${name}: not found`);
    return { status: 127 };
  }
  return command(args, io);
}

function write(io: CommandIo, text: string): CommandOutcome {
  io.stdout += text;
  return ok;
}

function fail(io: CommandIo, message: string): CommandOutcome {
  io.stderr += `${message}\n`;
  return { status: 1 };
}

function assign(assignment: string, session: ShellSession): void {
  const at = assignment.indexOf('=');
  if (at > 0) session.env[assignment.slice(0, at)] = assignment.slice(at + 1);
}

/** Runs `transform` over the named files, or over stdin when there are none. */
function withInput(name: string, files: string[], io: CommandIo, transform: (text: string) => string): CommandOutcome {
  if (files.length === 0) return write(io, transform(io.stdin));
  const missing = files.filter((file) => !io.session.files.has(file));
  if (missing.length > 0) {
    return fail(io, missing.map((file) => `${name}: ${file}: No such file or directory`).join('\n'));
  }
  return write(io, transform(files.map((file) => io.session.files.get(file) ?? '').join('')));
}

function envText(session: ShellSession): string {
  return joinLines(Object.entries(session.env).map(([name, value]) => `${name}=${value}`));
}

function countArg(args: string[]): number {
  const at = args.indexOf('-n');
  const count = Number(at >= 0 ? args[at + 1] : (args.find((arg) => /^-\d+$/.test(arg))?.slice(1) ?? 10));
  return Number.isInteger(count) && count >= 0 ? count : 10;
}

function fileArgs(args: string[]): string[] {
  return args.filter((arg, i) => !arg.startsWith('-') && args[i - 1] !== '-n');
}
