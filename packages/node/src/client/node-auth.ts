import { type APIError, type AuthStrategy, bearerAuth } from '@runlet/core';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@runlet/types/tokens';
import type { ResolvedCredentials } from '../credentials/resolve-credentials.js';
import { createSigner, type RequestSigner } from '../signing/create-signer.js';

/**
 * The Node client's auth: core's `bearerAuth` with the API key (a key function is called per attempt; a client
 * token is refused, it is for browsers; errors say where the key came from) and, with a signing secret, `withSigning`
 * on top.
 */
export function nodeAuth(credentials: ResolvedCredentials, now: () => number = Date.now): AuthStrategy {
  const bearer = bearerAuth(credentials.apiKey, {
    accept: ['rl_live_', 'rl_test_'],
    keyName: describeKeyOrigin(credentials),
  });
  const auth = credentials.signingSecret ? withSigning(bearer, createSigner(credentials.signingSecret), now) : bearer;
  return { ...auth, describe: () => `${auth.describe?.()} (from ${credentials.source})` };
}

/**
 * Adds `X-Timestamp`/`X-Signature` over the exact bytes of every attempt to what `strategy` sets. After
 * `SIGNATURE_EXPIRED` it learns the clock offset from `details.serverTime` (or the `Date` header) and asks core
 * to retry once.
 */
function withSigning(strategy: AuthStrategy, sign: RequestSigner, now: () => number = Date.now): AuthStrategy {
  let offsetMs = 0;
  return {
    authenticate(headers, context) {
      const signHeaders = () => {
        const timestamp = Math.floor((now() + offsetMs) / 1000);
        headers.set(TIMESTAMP_HEADER, String(timestamp));
        headers.set(SIGNATURE_HEADER, sign(context.method, context.path, timestamp, context.body));
      };
      const pending = strategy.authenticate(headers, context);
      if (pending) return pending.then(signHeaders);
      signHeaders();
    },
    onAuthError(error: APIError, context) {
      if (error.code !== 'SIGNATURE_EXPIRED') return strategy.onAuthError?.(error, context) ?? false;
      const serverTime = serverSeconds(error);
      if (serverTime === undefined) return false;
      offsetMs = serverTime * 1000 - now();
      return true;
    },
    describe: () => `${strategy.describe?.() ?? 'custom'}, signed`,
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
