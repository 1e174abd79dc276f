import { assertValidKey, InvalidKeyFormatError, type TokenPrefix } from '@runlet/node';

/**
 * Why `value` cannot be used as a credential of one of the `accept`ed kinds, checked offline (format and
 * checksum) by the SDK's own check, in its words; `undefined` when it can. The message never contains the value.
 */
export function credentialProblem(value: string, accept: readonly TokenPrefix[], what: string): string | undefined {
  try {
    assertValidKey(value, accept, what);
    return undefined;
  } catch (error) {
    if (error instanceof InvalidKeyFormatError) return error.message;
    throw error;
  }
}
