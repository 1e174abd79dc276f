import { RunletError } from './runlet-error.js';

/** An option has a value the SDK cannot send (a header value with a line break, a header name with a space…). */
export class InvalidOptionError extends RunletError {
  override name = 'InvalidOptionError';
  /** The option, e.g. `headers` or `idempotencyKey`. */
  declare readonly option: string;

  constructor(option: string, problem: string) {
    super(`The ${option} option ${problem}.`);
    this.option = option;
  }
}
