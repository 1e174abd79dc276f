import { hasScope, type Scope } from '@runlet/types';
import { ApiError, notFound, validationError } from '../backend/api-error.js';
import type { Principal } from '../backend/authenticate.js';
import { normalizeAllowlistEntry } from '../backend/ip-allowlist.js';
import type { KeyRecord, Store } from '../backend/store.js';

export function findKey(store: Store, keyId: string): KeyRecord {
  const key = store.keys.get(keyId);
  if (!key) throw notFound('key', keyId);
  return key;
}

export function assertNotRevoked(key: KeyRecord, action: string): void {
  if (key.revokedAt !== null) throw new ApiError('CONFLICT', `The key ${key.id} is revoked; it cannot ${action}.`);
}

/** A key may grant only scopes it holds itself: `FORBIDDEN` naming the ones it lacks. */
export function assertCanGrant(principal: Principal, requested: readonly Scope[], what: string): void {
  const missing = requested.filter((scope) => !hasScope(principal.scopes, scope));
  if (missing.length === 0) return;
  throw new ApiError(
    'FORBIDDEN',
    `${what} may only have scopes the caller holds, and the caller lacks ${missing.join(', ')}.`,
    {
      details: { requiredScopes: missing },
    },
  );
}

/** Allowlist entries in canonical form, without duplicates; `VALIDATION_ERROR` for any that is not an IP or CIDR. */
export function normalizeAllowlist(entries: readonly string[], path: string): string[] {
  const normalized = entries.map((entry) => normalizeAllowlistEntry(entry));
  const issues = normalized.flatMap((entry, index) =>
    entry === null ? [{ path: `${path}.${index}`, message: IP_MESSAGE }] : [],
  );
  if (issues.length > 0) throw validationError(issues);
  return [...new Set(normalized as string[])];
}

export const IP_MESSAGE = 'Must be an IPv4 or IPv6 address or a CIDR, such as 203.0.113.0/24.';

/** A future time from an RFC 3339 string (already format-checked), else `VALIDATION_ERROR` at `path`. */
export function futureTime(value: string, now: number, path: string): number {
  const time = Date.parse(value);
  if (time <= now) throw validationError([{ path, message: 'Must be in the future.' }]);
  return time;
}
