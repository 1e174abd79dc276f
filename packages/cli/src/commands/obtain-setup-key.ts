import type { CliIO } from '../cli-io.js';
import { readStdin } from '../cli-io.js';
import { UsageError } from '../errors.js';
import { promptSecretKey } from '../prompts/prompt-secret-key.js';

/**
 * The key `runlet setup` saves: `--api-key <key>`; `--api-key -` or a piped stdin (CI: `echo "$KEY" |
 * runlet setup`); else, on a terminal, a hidden prompt.
 */
export async function obtainSetupKey(option: string | undefined, io: CliIO): Promise<string> {
  if (option !== undefined && option !== '-') return option;
  if (io.stdin.isTTY === true) return promptSecretKey(io);
  const key = (await readStdin(io.stdin)).trim();
  if (key === '') {
    throw new UsageError(
      'No API key given: stdin was empty. Pipe the key in (`printenv RUNLET_KEY | runlet setup --api-key -`), or run `runlet setup` in a terminal to be asked for it.',
    );
  }
  return key;
}
