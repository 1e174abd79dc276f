import type { APIConnectionError } from '@runlet/node';

/** The API did not answer; unlike the SDK's `APIConnectionError`, it names the address that was tried. */
export class UnreachableAPIError extends Error {
  override name = 'UnreachableAPIError';
  readonly baseURL: string;

  constructor(baseURL: string, cause: APIConnectionError) {
    super(cause.message, { cause });
    this.baseURL = baseURL;
  }
}
