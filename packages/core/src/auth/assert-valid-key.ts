import { parseToken, TOKEN_PREFIXES, type TokenPrefix } from '@runlet/types/tokens';
import { InvalidKeyFormatError } from '../errors/invalid-key-format-error.js';

/**
 * Checks a key or token offline (format and checksum) before anything is sent, and that it is of one
 * of the accepted kinds. Throws `InvalidKeyFormatError` with a message that never contains the value.
 */
export function assertValidKey(
  value: unknown,
  accept: readonly TokenPrefix[],
  what = 'API key',
): asserts value is string {
  if (typeof value !== 'string') {
    throw new InvalidKeyFormatError({
      reason: 'empty',
      message: `The ${what} must be a string, got ${value === null ? 'null' : typeof value}.`,
    });
  }
  const parsed = parseToken(value);
  if (!parsed.valid) {
    throw new InvalidKeyFormatError({
      reason: parsed.reason,
      prefix: parsed.prefix,
      message: `The ${what} is not valid: ${parsed.message}`,
    });
  }
  if (!accept.includes(parsed.prefix)) {
    const expected = accept.map((p) => `${p}… (${TOKEN_PREFIXES[p]})`).join(' or ');
    throw new InvalidKeyFormatError({
      reason: 'wrong-kind',
      prefix: parsed.prefix,
      message:
        `The ${what} is a ${parsed.description} (${parsed.prefix}…); expected ${expected}.` +
        // DESIGN's token table: client tokens are used in browsers only.
        (parsed.prefix === 'rl_ct_' ? ' Client tokens are for browsers: use them with @runlet/browser.' : ''),
    });
  }
}
