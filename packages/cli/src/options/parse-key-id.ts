import { parseToken } from '@runlet/node';
import { InvalidArgumentError } from 'commander';
import { UsageError } from '../errors.js';

const KEY_ID = /^key_[0-9A-Za-z]{16}$/;

/** Commander parser of a `<keyId>` argument: `key_` and 16 letters or digits. */
export function parseKeyId(value: string): string {
  if (KEY_ID.test(value)) return value;
  if (parseToken(value).valid || /^rl_[a-z]+_/.test(value)) {
    // Not InvalidArgumentError: commander would repeat the value, and this one is a secret.
    throw new UsageError(
      'That is a secret or a token, not a key id. Key ids look like key_7Hq2Lm9Xz1Pa4Rt6: see `runlet keys list`.',
    );
  }
  throw new InvalidArgumentError(
    'Key ids look like key_7Hq2Lm9Xz1Pa4Rt6 (key_ and 16 letters or digits): see `runlet keys list`.',
  );
}
