import type {
  ApiKey,
  CreatedApiKey,
  CreateKeyRequest,
  KeyUsage,
  RotatedApiKey,
  RotateKeyRequest,
  SetAlertRequest,
  UpdateKeyRequest,
  UsageAlert,
} from '@runlet/types';
import type { APIPromise } from '../client/api-promise.js';
import type { CallOptions } from '../client/typed-paths.js';
import type { PagePromise } from '../pagination/page.js';
import type { LazyTransport } from './lazy-transport.js';
import type { ListQuery } from './list-query.js';
import { hideSecrets } from './secret-fields.js';

/** `runlet.keys`: create, scope, rotate, revoke, allowlist and watch API keys. */
export class Keys {
  readonly #transport: LazyTransport;

  constructor(transport: LazyTransport) {
    this.#transport = transport;
  }

  /** Every key of the account, newest first; `for await` walks all pages. */
  list(query: ListQuery = {}, options?: CallOptions): PagePromise<ApiKey> {
    return this.#transport.page((c) => c.list('/v1/keys', { ...options, params: { query } }));
  }

  retrieve(keyId: string, options?: CallOptions): APIPromise<ApiKey> {
    return this.#transport.call((c) => c.get('/v1/keys/{keyId}', { ...options, params: { path: { keyId } } }));
  }

  /**
   * Creates a key with exactly one of `scopes` and `profile`. Its `secret` and `signingSecret` come back this
   * once, as non-enumerable properties: read `created.secret`; `console.log`, `util.inspect` and
   * `JSON.stringify` never show them, and a spread, `structuredClone` or JSON round trip drops them (so does the
   * type of a spread: `{ ...created }.secret` does not compile).
   */
  create(body: CreateKeyRequest, options?: CallOptions): APIPromise<CreatedApiKey> {
    return this.#transport.call((c) => c.post('/v1/keys', { ...options, body })).map(hideSecrets);
  }

  update(keyId: string, body: UpdateKeyRequest, options?: CallOptions): APIPromise<ApiKey> {
    return this.#transport.call((c) => c.patch('/v1/keys/{keyId}', { ...options, params: { path: { keyId } }, body }));
  }

  /** Revokes the key; it stops working at once. */
  revoke(keyId: string, options?: CallOptions): APIPromise<ApiKey> {
    return this.#transport.call((c) => c.delete('/v1/keys/{keyId}', { ...options, params: { path: { keyId } } }));
  }

  /** A new key with the same settings; the old one keeps working for `gracePeriodSeconds` (default 7 days). */
  rotate(keyId: string, body: RotateKeyRequest = {}, options?: CallOptions): APIPromise<RotatedApiKey> {
    return this.#transport
      .call((c) => c.post('/v1/keys/{keyId}/rotate', { ...options, params: { path: { keyId } }, body }))
      .map(hideSecrets);
  }

  /** Request counts by day, last use and rate-limit state. */
  usage(keyId: string, options?: CallOptions): APIPromise<KeyUsage> {
    return this.#transport.call((c) => c.get('/v1/keys/{keyId}/usage', { ...options, params: { path: { keyId } } }));
  }

  /** Alerts when the key has used `thresholdPercent` of its hourly limit. */
  setAlert(keyId: string, body: SetAlertRequest, options?: CallOptions): APIPromise<UsageAlert> {
    return this.#transport.call((c) =>
      c.put('/v1/keys/{keyId}/alert', { ...options, params: { path: { keyId } }, body }),
    );
  }

  /** Adds an IP or CIDR to the key's allowlist, atomically. */
  addAllowedIp(keyId: string, ip: string, options?: CallOptions): APIPromise<ApiKey> {
    return this.#transport.call((c) =>
      c.post('/v1/keys/{keyId}/allowed-ips', { ...options, params: { path: { keyId } }, body: { ip } }),
    );
  }

  /** Removes an IP or CIDR from the key's allowlist, atomically. */
  removeAllowedIp(keyId: string, ip: string, options?: CallOptions): APIPromise<ApiKey> {
    return this.#transport.call((c) =>
      c.delete('/v1/keys/{keyId}/allowed-ips/{ip}', { ...options, params: { path: { keyId, ip } } }),
    );
  }
}
