import type { Scope } from '@runlet/types';
import { ApiError } from './api-error.js';
import type { Credential } from './identify-credential.js';
import { isIpAllowed } from './ip-allowlist.js';
import { verifyRequestSignature } from './request-signature.js';
import type { KeyRecord, TokenRecord } from './store.js';
import { toTimestamp } from './times.js';

/** Who a request acts as, once authenticated. */
export interface Principal {
  key: KeyRecord;
  token: TokenRecord | null;
  scopes: readonly Scope[];
}

export interface RequestFacts {
  method: string;
  target: string;
  body: Uint8Array;
  headers: Headers;
  clientIp: string | null;
  now: number;
}

/**
 * Applies the key rules in order: revoked, expired (or rotated past grace), signature, IP allowlist; for a
 * client token: its expiry, the rules of the key that minted it (not its IP allowlist or signing), its origins.
 */
export async function authenticate(credential: Credential, facts: RequestFacts): Promise<Principal> {
  if (credential.kind === 'none') throw new ApiError('UNAUTHORIZED', credential.message);
  if (credential.kind === 'invalid') throw new ApiError('INVALID_API_KEY', credential.message);
  const { key } = credential;
  const { now } = facts;
  if (credential.kind === 'token') {
    const { token } = credential;
    if (now >= token.expiresAt) {
      throw new ApiError(
        'TOKEN_EXPIRED',
        `The client token expired at ${toTimestamp(token.expiresAt)}; get a new one from your token endpoint.`,
      );
    }
    assertKeyWorks(key, now, 'The key that minted this client token');
    assertOriginAllowed(token, facts.headers.get('origin'));
    return { key, token, scopes: token.scopes };
  }
  assertKeyWorks(key, now, `The API key ${key.id}`);
  await verifyRequestSignature(
    {
      method: facts.method,
      target: facts.target,
      body: facts.body,
      timestamp: facts.headers.get('x-timestamp'),
      signature: facts.headers.get('x-signature'),
    },
    key.signingKey,
    now,
    key.requireSignature,
  );
  if (!isIpAllowed(key.allowedIps, facts.clientIp)) {
    const from = facts.clientIp === null ? 'an unknown address' : facts.clientIp;
    throw new ApiError(
      'IP_NOT_ALLOWED',
      `Requests from ${from} may not use the API key ${key.id}; add the address to its allowlist.`,
      { details: { clientIp: facts.clientIp } },
    );
  }
  return { key, token: null, scopes: key.scopes };
}

function assertKeyWorks(key: KeyRecord, now: number, subject: string): void {
  if (key.revokedAt !== null) {
    throw new ApiError('INVALID_API_KEY', `${subject} was revoked at ${toTimestamp(key.revokedAt)}.`);
  }
  if (key.expiresAt !== null && now >= key.expiresAt) {
    throw new ApiError('EXPIRED_API_KEY', `${subject} expired at ${toTimestamp(key.expiresAt)}; create a new key.`);
  }
  if (key.graceExpiresAt !== null && now >= key.graceExpiresAt) {
    throw new ApiError(
      'EXPIRED_API_KEY',
      `${subject} was rotated and its grace period ended at ${toTimestamp(key.graceExpiresAt)}; use the key that replaced it${key.replacedBy ? ` (${key.replacedBy})` : ''}.`,
    );
  }
}

function assertOriginAllowed(token: TokenRecord, origin: string | null): void {
  if (token.allowedOrigins.length === 0 || (origin !== null && token.allowedOrigins.includes(origin))) return;
  const allowed = token.allowedOrigins.join(', ');
  throw new ApiError(
    'ORIGIN_NOT_ALLOWED',
    origin === null
      ? `This client token only works from ${allowed}, and the request has no Origin header.`
      : `This client token only works from ${allowed}, not from ${origin}.`,
    { details: { allowedOrigins: [...token.allowedOrigins] } },
  );
}
