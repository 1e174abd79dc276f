import { InvalidOptionError } from '../errors/invalid-option-error.js';

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// RFC 9110 field values: no CR, LF or NUL (which would split or end the header).
const UNSAFE = /[\r\n\0]/;

/** Throws `InvalidOptionError` naming `option` unless every name is a header token and no value has CR, LF or NUL. */
export function assertHeaderValues(headers: Record<string, string> | undefined, option: string): void {
  if (!headers) return;
  for (const [name, value] of Object.entries(headers)) {
    if (!TOKEN.test(name))
      throw new InvalidOptionError(option, `has a header name that is not a valid token: ${JSON.stringify(name)}`);
    if (typeof value !== 'string') throw new InvalidOptionError(option, `has a non-string value for header "${name}"`);
    if (UNSAFE.test(value)) {
      throw new InvalidOptionError(
        option,
        `has a line break or NUL in the value of header "${name}", which could split the request`,
      );
    }
  }
}

/** Throws `InvalidOptionError` unless `key` can be sent as an `Idempotency-Key` header (1–255 visible characters). */
export function assertIdempotencyKey(key: string | false | undefined): void {
  if (key === undefined || key === false) return;
  if (typeof key !== 'string' || key.length === 0 || key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
    throw new InvalidOptionError(
      'idempotencyKey',
      'must be 1–255 visible ASCII characters (no spaces or line breaks), or false',
    );
  }
}
