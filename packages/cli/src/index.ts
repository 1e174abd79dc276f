export type { CliIO } from './cli-io.js';
export { processIO } from './cli-io.js';
export { createProgram } from './create-program.js';
export type { ExitCode } from './exit-codes.js';
export { EXIT_CODES } from './exit-codes.js';
export { formatDuration, parseDuration } from './parse-duration.js';
export { run } from './run.js';
export { UsageError } from './usage-error.js';
export { VERSION } from './version.js';
