import { RunletError } from '@runlet/core';

/** A base URL that is malformed, or not `https:` for a host other than loopback. */
export class InvalidBaseURLError extends RunletError {
  override name = 'InvalidBaseURLError';
  /** Where the URL came from: the option, the environment variable or the config file. */
  readonly source: string;

  constructor(init: { message: string; source: string }) {
    super(init.message);
    this.source = init.source;
  }
}
