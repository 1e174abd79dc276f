import type { ClientToken, CreateTokenRequest } from '@runlet/types';
import type { APIPromise } from '../client/api-promise.js';
import type { CallOptions } from '../client/typed-paths.js';
import type { LazyTransport } from './lazy-transport.js';

/** `runlet.tokens`: short-lived client tokens for browsers. */
export class Tokens {
  readonly #transport: LazyTransport;

  constructor(transport: LazyTransport) {
    this.#transport = transport;
  }

  /**
   * Mints a client token (`rl_ct_…`) with a subset of the caller's scopes, a TTL of 60–3600 s (default
   * 600) and optional allowed origins. Hand it to a browser; never hand it the secret key.
   */
  create(body: CreateTokenRequest, options?: CallOptions): APIPromise<ClientToken> {
    return this.#transport.call((c) => c.post('/v1/tokens', { ...options, body }));
  }
}
