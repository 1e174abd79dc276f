import { InvalidOptionError } from '../errors/invalid-option-error.js';

/**
 * Throws `InvalidOptionError` naming `option` when `Headers` refuses a name or value (a line break or NUL, which
 * could split the request; a name that is not a token), instead of fetch's untyped `TypeError` later.
 */
export function assertHeaderValues(headers: Record<string, string> | undefined, option: string): void {
  if (!headers) return;
  try {
    new Headers(Object.entries(headers));
  } catch (cause) {
    throw new InvalidOptionError(option, `has a header that cannot be sent (${(cause as Error).message})`);
  }
}

/** `assertHeaderValues` for the `Idempotency-Key` of a call. */
export function assertIdempotencyKey(key: string | false | undefined): void {
  if (typeof key === 'string') assertHeaderValues({ 'idempotency-key': key }, 'idempotencyKey');
}
