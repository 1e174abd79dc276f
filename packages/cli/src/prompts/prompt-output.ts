import type { CliIO } from '../cli-io.js';

/**
 * Where prompts draw: stderr, so that stdout stays clean. A pseudo-terminal that was never given a size
 * reports 0 columns and 0 rows, and clack then wraps after every character and redraws nothing; such a
 * terminal is taken as 80 by 24.
 */
export function promptOutput(io: CliIO): CliIO['stderr'] {
  const output = io.stderr as CliIO['stderr'] & { columns?: number; rows?: number };
  if (!output.columns) output.columns = 80;
  if (!output.rows) output.rows = 24;
  return output;
}
