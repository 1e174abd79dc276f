import { isValidToken } from '@runlet/types/tokens';
import { assertNotSecret } from './assert-not-secret.js';
import { TokenExchangeError } from './token-exchange-error.js';

/** What a token source must produce: a client token and its lifetime in seconds from now. */
export interface TokenResponse {
  /** A client token, `rl_ct_…`. */
  token: string;
  /** Seconds the token stays valid, counted from when the response arrives. */
  expiresIn: number;
}

/**
 * Checks what a token source produced, before anything is stored: a secret key throws
 * `SecretKeyInBrowserError` at once; anything else that is not `{ token: 'rl_ct_…', expiresIn: > 0 }` throws a
 * final `TokenExchangeError` whose message says what is wrong without showing the value. `source` names
 * where the value came from: `the token source`, `the response of POST /api/runlet-token`.
 */
export function checkTokenResponse(value: unknown, source: string): TokenResponse {
  const { token, expiresIn, expiresAt } = (value ?? {}) as Record<string, unknown>;
  let problem: string | undefined;
  if (typeof value !== 'object' || !value || Array.isArray(value)) {
    problem = `must be an object { token, expiresIn }, got ${kindOf(value)}`;
  } else {
    assertNotSecret(token, `the token from ${source}`);
    if (typeof token !== 'string') {
      problem = `has no string \`token\` (got ${kindOf(token)}); expected a client token rl_ct_…`;
    } else if (!isValidToken(token, ['rl_ct_'])) {
      problem = 'has a `token` that is not a valid client token (rl_ct_ and 36 base62 characters, with a checksum)';
    } else if (expiresIn === undefined && expiresAt !== undefined) {
      problem =
        "has `expiresAt` but no `expiresIn`: return the lifetime in seconds, as POST /v1/tokens does; the device's " +
        'clock may be wrong';
    } else if (typeof expiresIn !== 'number' || !(expiresIn > 0 && expiresIn < Infinity)) {
      problem = `needs \`expiresIn\` as a positive number of seconds, got ${kindOf(expiresIn)}`;
    }
  }
  if (problem)
    throw new TokenExchangeError(`${source[0]?.toUpperCase()}${source.slice(1)} ${problem}.`, { final: true });
  return { token, expiresIn } as TokenResponse;
}

function kindOf(value: unknown): string {
  return value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'number'
        ? String(value)
        : value === undefined
          ? 'nothing'
          : `a ${typeof value}`;
}
