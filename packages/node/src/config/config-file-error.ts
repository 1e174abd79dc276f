import { RunletError, redactText } from '@runlet/core';

/** The config file could not be read or written, is not valid, or is readable by others. */
export class ConfigFileError extends RunletError {
  override name = 'ConfigFileError';
  /** The config file's path. */
  readonly path: string;

  constructor(init: { path: string; message: string; cause?: unknown }) {
    super(redactText(init.message), init.cause === undefined ? undefined : { cause: init.cause });
    this.path = init.path;
  }
}
