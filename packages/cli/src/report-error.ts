import { redactText } from '@runlet/node';
import { CommanderError } from 'commander';
import type { CliIO } from './cli-io.js';
import { CancelledError, UsageError, usageHint } from './errors.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { createStyle } from './output/create-style.js';
import { errorFields } from './output/error-fields.js';
import { formatError } from './output/format-error.js';

/**
 * Prints an error that ended a command on stderr, redacted, and returns the exit code: 2 for the command
 * line (commander has printed its own message), 130 for a cancelled prompt, 1 for everything else. With
 * `--json`, an API or runtime error is printed as `{ "error": { code, message, … } }` (see `errorFields`).
 */
export function reportError(error: unknown, io: CliIO, commandName = 'runlet', json = false): ExitCode {
  // --help, --version and `runlet help <command>` end with commander's exit code 0; all else is a usage error.
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
  const style = createStyle(io.stderr, io.env);
  if (error instanceof UsageError) {
    io.stderr.write(`${redactText(`${style.red('error:')} ${error.message}`)}\n`);
    io.stderr.write(`${style.dim(usageHint(commandName))}\n`);
    return EXIT_CODES.usage;
  }
  if (error instanceof CancelledError) {
    io.stderr.write(`${redactText(error.message)}\n`);
    return EXIT_CODES.cancelled;
  }
  if (json) {
    io.stderr.write(`${redactText(JSON.stringify({ error: errorFields(error) }))}\n`);
    return EXIT_CODES.failure;
  }
  io.stderr.write(`${redactText(formatError(error, style))}\n`);
  if (io.env.RUNLET_LOG?.trim().toLowerCase() === 'debug' && error instanceof Error && error.stack) {
    io.stderr.write(`${style.dim(redactText(error.stack))}\n`);
  }
  return EXIT_CODES.failure;
}
