import { APIConnectionError } from './connection-errors.js';
import { RunletError } from './runlet-error.js';

/**
 * The API answered with a redirect. It never redirects, and following one would re-send a signed body,
 * its signature and its Idempotency-Key to wherever it points: the call is refused instead.
 */
export class APIRedirectError extends APIConnectionError {
  override name = 'APIRedirectError';
  /** The status of the redirect (0 where a browser hides it). */
  declare readonly status: number;
  /** The origin the redirect points to, when it is readable; never its path or query. */
  declare readonly location: string | undefined;

  constructor(init: { method: string; path: string; status: number; location: string | undefined }) {
    const where = init.location ? ` to ${init.location}` : '';
    super({
      method: init.method,
      path: init.path,
      message:
        `The API answered ${init.status || 'a redirect'}${where}, and redirects are not followed (they would re-send ` +
        'the signed request elsewhere): check baseURL, or a proxy between you and the API',
    });
    Object.assign(this, { status: init.status, location: init.location });
  }
}

/** A response body was larger than `maxResponseBytes`; reading stopped there. */
export class ResponseTooLargeError extends RunletError {
  override name = 'ResponseTooLargeError';
  declare readonly limit: number;
  declare readonly method: string;
  declare readonly path: string;

  constructor(init: { method: string; path: string; limit: number }) {
    super(
      `The response body passed maxResponseBytes (${init.limit} bytes) and was not read further; raise ` +
        `maxResponseBytes if the API really sends this much: ${init.method} ${init.path}`,
    );
    Object.assign(this, init);
  }
}
