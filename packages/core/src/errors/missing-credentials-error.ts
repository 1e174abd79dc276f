import { RunletError } from './runlet-error.js';

/** No credentials were found. The message names every way to provide them. */
export class MissingCredentialsError extends RunletError {
  override name = 'MissingCredentialsError';
}
