import type { Command } from 'commander';
import { type CliIO, processIO } from './cli-io.js';
import { createProgram } from './create-program.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { reportError } from './report-error.js';

/**
 * Runs `runlet` with `argv` (the arguments after the program name) and resolves to its exit code, having
 * printed the output and any error; it never calls `process.exit`.
 *
 * @example process.exitCode = await run(process.argv.slice(2));
 */
export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<ExitCode> {
  const program = createProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_CODES.ok;
  } catch (error) {
    return reportError(error, io, commandPath(program, argv), argv.includes('--json'));
  }
}

/** `runlet keys create`, from the words of `argv` that name commands, for the usage hint of an error. */
function commandPath(program: Command, argv: readonly string[]): string {
  const names = [program.name()];
  let current = program;
  for (const word of argv) {
    const next = current.commands.find((command) => command.name() === word || command.aliases().includes(word));
    if (next === undefined) continue;
    names.push(next.name());
    current = next;
  }
  return names.join(' ');
}
