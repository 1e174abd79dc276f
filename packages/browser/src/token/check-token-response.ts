import { parseToken } from '@runlet/types/tokens';
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
 * where the value came from: `getToken()`, `the response of POST /api/runlet-token`.
 */
export function checkTokenResponse(value: unknown, source: string): TokenResponse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(`${source} must be an object { token, expiresIn }, got ${kindOf(value)}.`);
  }
  const { token, expiresIn, expiresAt } = value as Record<string, unknown>;
  assertNotSecret(token, `the token from ${source}`);
  if (typeof token !== 'string') {
    throw invalid(`${source} has no string \`token\` (got ${kindOf(token)}); expected a client token rl_ct_….`);
  }
  const parsed = parseToken(token);
  if (!parsed.valid) {
    throw invalid(`The token from ${source} is not a valid client token: ${parsed.message}`);
  }
  if (parsed.prefix !== 'rl_ct_') {
    throw invalid(
      `The token from ${source} is a ${parsed.description} (${parsed.prefix}…); expected a client token rl_ct_….`,
    );
  }
  if (expiresIn === undefined && expiresAt !== undefined) {
    throw invalid(
      `${source} has \`expiresAt\` but no \`expiresIn\`. The browser needs the lifetime in seconds, because the ` +
        "device's clock may be wrong; return expiresIn as POST /v1/tokens and createTokenHandler from @runlet/node do.",
    );
  }
  if (typeof expiresIn !== 'number' || !Number.isFinite(expiresIn) || expiresIn <= 0) {
    throw invalid(`${source} needs \`expiresIn\` as a positive number of seconds, got ${kindOf(expiresIn)}.`);
  }
  return { token, expiresIn };
}

function invalid(message: string): TokenExchangeError {
  return new TokenExchangeError(capitalize(message), { final: true });
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return String(value);
  return typeof value === 'undefined' ? 'nothing' : `a ${typeof value}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
