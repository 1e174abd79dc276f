import type { CliIO } from '../cli-io.js';
import { CancelledError } from '../errors.js';
import { credentialProblem } from '../options/credential-problem.js';
import { promptOutput } from './prompt-output.js';

/**
 * Asks for a secret API key on the terminal with hidden input (each character shows as a dot), checking
 * it offline as it is submitted so that a mistyped key can be pasted again.
 */
export async function promptSecretKey(io: CliIO): Promise<string> {
  // Loaded only when a prompt is shown: most runs never prompt, and every run pays for what it imports.
  const { isCancel, password } = await import('@clack/prompts');
  const answer = await password({
    message: 'Paste your Runlet API key (rl_live_… or rl_test_…); it will not be shown',
    mask: '•',
    input: io.stdin,
    output: promptOutput(io),
    validate: (value) => credentialProblem((value ?? '').trim(), ['rl_live_', 'rl_test_'], 'API key'),
  });
  if (isCancel(answer)) throw new CancelledError('Setup cancelled; nothing was saved.');
  return answer.trim();
}
