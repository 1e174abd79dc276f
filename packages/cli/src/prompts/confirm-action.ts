import type { CliIO } from '../cli-io.js';
import { CancelledError } from '../errors.js';
import { promptOutput } from './prompt-output.js';

/** Asks a yes/no question on the terminal, defaulting to no; Ctrl-C cancels. */
export async function confirmAction(io: CliIO, message: string): Promise<boolean> {
  // Loaded only when a prompt is shown: most runs never prompt, and every run pays for what it imports.
  const { confirm, isCancel } = await import('@clack/prompts');
  const answer = await confirm({ message, initialValue: false, input: io.stdin, output: promptOutput(io) });
  if (isCancel(answer)) throw new CancelledError('Cancelled; nothing was changed.');
  return answer;
}
