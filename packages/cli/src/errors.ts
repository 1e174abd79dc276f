import type { APIConnectionError } from '@runlet/node';

/** The command line asks for something impossible; exits with 2. The message says what to do instead. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The line after a usage error: where to read the usage of `commandPath` (`runlet keys create`). */
export function usageHint(commandPath: string): string {
  return `(run \`${commandPath} --help\` for usage)`;
}

/** The user cancelled a prompt; exits with 130 and nothing changed. */
export class CancelledError extends Error {
  override name = 'CancelledError';
}

/** The API did not answer; unlike the SDK's `APIConnectionError`, it names the address that was tried. */
export class UnreachableAPIError extends Error {
  override name = 'UnreachableAPIError';
  readonly baseURL: string;

  constructor(baseURL: string, cause: APIConnectionError) {
    super(cause.message, { cause });
    this.baseURL = baseURL;
  }
}

/** A watched run ended in failure; exits with 1 (its events, the error included, are already printed). */
export class RunFailedError extends Error {
  override name = 'RunFailedError';

  constructor(run: { id: string; error: string | null }) {
    super(`Run ${run.id} failed${run.error ? `: ${run.error}` : ''}.`);
  }
}
