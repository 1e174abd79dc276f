import { enumValues, profileScopes } from './generated/constants.js';
import type { components } from './generated/openapi.js';

export type Scope = components['schemas']['Scope'];
export type ClientTokenScope = components['schemas']['ClientTokenScope'];
export type Profile = components['schemas']['Profile'];

export const SCOPES = enumValues.Scope;
export const CLIENT_TOKEN_SCOPES = enumValues.ClientTokenScope;
export const PROFILES = enumValues.Profile;
export { profileScopes };

/**
 * Whether `granted` covers `required`: `*` covers everything, `family:*` covers its family.
 * @example hasScope(['sandbox:*'], 'sandbox:execute') // true
 */
export function hasScope(granted: readonly Scope[], required: Scope): boolean {
  if (granted.includes('*') || granted.includes(required)) return true;
  const family = required.split(':')[0];
  return granted.includes(`${family}:*` as Scope);
}

/** The scopes a profile grants. */
export function scopesOfProfile(profile: Profile): Scope[] {
  return [...profileScopes[profile]];
}
