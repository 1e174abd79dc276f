import { RunletError } from './runlet-error.js';

/** A base URL that is malformed, not `https:` for a host other than loopback, or ends in `/v1`. */
export class InvalidBaseURLError extends RunletError {
  override name = 'InvalidBaseURLError';
  /** Where the URL came from: the option, the environment variable or the config file. */
  readonly source: string;

  constructor(init: { message: string; source: string }) {
    super(init.message);
    this.source = init.source;
  }
}
