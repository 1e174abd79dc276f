import { enumValues, profileScopes } from './generated/constants.js';
import type { Profile, Scope } from './generated/openapi.js';

/** Every scope a key may hold, `'*'` and the family wildcards (`'sandbox:*'`) included. */
export const SCOPES = enumValues.Scope;
/** The scopes a client token may be granted: never `keys:*` or `tokens:*`. */
export const CLIENT_TOKEN_SCOPES = enumValues.ClientTokenScope;
/** The named scope sets a key may be created with: `read-only`, `sandbox-user`, `admin`. */
export const PROFILES = enumValues.Profile;
export { profileScopes };

/**
 * Whether `granted` covers `required`: `*` covers everything, `family:*` covers its family. `granted` may hold
 * scopes this release does not know (as `principal.scopes` from a response may); they cover nothing else.
 * @example hasScope(['sandbox:*'], 'sandbox:execute') // true
 */
export function hasScope(granted: readonly string[], required: Scope): boolean {
  if (granted.includes('*') || granted.includes(required)) return true;
  const family = required.split(':')[0];
  return granted.includes(`${family}:*`);
}

/** The scopes a profile grants. */
export function scopesOfProfile(profile: Profile): Scope[] {
  return [...profileScopes[profile]];
}
