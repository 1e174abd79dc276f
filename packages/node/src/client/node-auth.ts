import { type APIError, type AuthStrategy, assertValidKey, redactSecret } from '@runlet/core';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@runlet/types/tokens';
import type { ResolvedCredentials } from '../credentials/resolve-credentials.js';
import { createSigner } from '../signing/create-signer.js';

/**
 * The Node client's auth: the API key as a Bearer token (a key function is called per attempt) and, with
 * a signing secret, `X-Timestamp`/`X-Signature` over the exact bytes of every attempt. After
 * `SIGNATURE_EXPIRED` it learns the clock offset from `details.serverTime` (or the `Date` header) and
 * asks core to retry once.
 */
export function nodeAuth(credentials: ResolvedCredentials, now: () => number = Date.now): AuthStrategy {
  const sign = credentials.signingSecret ? createSigner(credentials.signingSecret) : undefined;
  const keyOrigin = describeKeyOrigin(credentials);
  let offsetMs = 0;
  let shown: string | undefined;
  return {
    async authenticate(headers, context) {
      const key = typeof credentials.apiKey === 'function' ? await credentials.apiKey() : credentials.apiKey;
      // A server holds a secret key; a client token is refused (it is for browsers).
      assertValidKey(key, ['rl_live_', 'rl_test_'], keyOrigin);
      shown = redactSecret(key);
      headers.set('authorization', `Bearer ${key}`);
      if (sign) {
        const timestamp = Math.floor((now() + offsetMs) / 1000);
        headers.set(TIMESTAMP_HEADER, String(timestamp));
        headers.set(SIGNATURE_HEADER, sign(context.method, context.path, timestamp, context.body));
      }
    },
    onAuthError(error: APIError) {
      if (!sign || error.code !== 'SIGNATURE_EXPIRED') return false;
      const serverTime = serverSeconds(error);
      if (serverTime === undefined) return false;
      offsetMs = serverTime * 1000 - now();
      return true;
    },
    describe: () =>
      `${shown ?? (typeof credentials.apiKey === 'function' ? 'key function' : 'api key')}${sign ? ', signed' : ''} (from ${credentials.source})`,
  };
}

/** Where the key came from, for its error messages: "API key from RUNLET_API_KEY". */
function describeKeyOrigin(credentials: ResolvedCredentials): string {
  if (credentials.source === 'env') return 'API key from RUNLET_API_KEY';
  if (credentials.source === 'config')
    return `API key of profile "${credentials.profile}" in ${credentials.configPath}`;
  return typeof credentials.apiKey === 'function'
    ? 'API key returned by the `apiKey` function'
    : 'API key from the `apiKey` option';
}

function serverSeconds(error: APIError): number | undefined {
  const fromBody = error.details?.serverTime;
  if (typeof fromBody === 'number' && Number.isFinite(fromBody)) return fromBody;
  const date = Date.parse(error.headers.get('date') ?? '');
  return Number.isNaN(date) ? undefined : Math.floor(date / 1000);
}
