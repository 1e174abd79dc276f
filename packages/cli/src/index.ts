export type { CliIO } from './cli-io.js';
export { processIO } from './cli-io.js';
export { createProgram } from './create-program.js';
export { formatDuration, parseDuration } from './duration.js';
export { UsageError } from './errors.js';
export type { ExitCode } from './exit-codes.js';
export { EXIT_CODES } from './exit-codes.js';
export { run } from './run.js';
export { VERSION } from './version.js';
