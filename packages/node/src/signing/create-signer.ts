import { createHmac, createSecretKey } from 'node:crypto';
import { assertValidKey } from '@runlet/core/internal';
import { signaturePrefix } from '@runlet/types/tokens';

/**
 * Signs one request attempt (signing v1): the lowercase hex HMAC-SHA256 of
 * `METHOD + "\n" + PATH + "\n" + TIMESTAMP + "\n"` followed by the exact body bytes sent.
 */
export type RequestSigner = (
  method: string,
  pathWithQuery: string,
  timestamp: number,
  body: string | Uint8Array,
) => string;

/**
 * Checks the signing secret offline (`rl_sig_…`, checksum) and returns a signer that reuses one HMAC key.
 * Throws `InvalidKeyFormatError` when the secret is malformed; the message never contains the secret.
 *
 * @example
 * const sign = createSigner(process.env.RUNLET_SIGNING_SECRET);
 * headers.set('X-Signature', sign('POST', '/v1/keys', timestamp, body));
 */
export function createSigner(signingSecret: string): RequestSigner {
  assertValidKey(signingSecret, ['rl_sig_'], 'signing secret');
  // A KeyObject made once keeps signing at a few µs per request; a string key is re-imported on every call.
  const key = createSecretKey(Buffer.from(signingSecret, 'utf8'));
  return (method, pathWithQuery, timestamp, body) => {
    if (!Number.isSafeInteger(timestamp)) {
      throw new TypeError(`The signing timestamp must be whole unix seconds, got ${timestamp}.`);
    }
    return createHmac('sha256', key)
      .update(signaturePrefix(method, pathWithQuery, timestamp))
      .update(body)
      .digest('hex');
  };
}
