import type { InvalidTokenReason, TokenPrefix } from '@runlet/types';
import { RunletError } from './runlet-error.js';

/** A key or token failed the offline format and checksum check; nothing was sent. */
export class InvalidKeyFormatError extends RunletError {
  override name = 'InvalidKeyFormatError';
  readonly reason: InvalidTokenReason | 'wrong-kind';
  readonly prefix: TokenPrefix | undefined;

  constructor(init: { reason: InvalidTokenReason | 'wrong-kind'; message: string; prefix?: TokenPrefix | undefined }) {
    super(init.message);
    this.reason = init.reason;
    this.prefix = init.prefix;
  }
}
