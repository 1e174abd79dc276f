import type { Profile, Scope, CreateKeyRequest as WireCreateKeyRequest } from './generated/openapi.js';

type KeySettings = Omit<WireCreateKeyRequest, 'scopes' | 'profile'>;

/**
 * The new key's settings. Give exactly one of `scopes` and `profile` (the API refuses both or neither), so
 * `{ scopes, profile }` does not compile.
 */
export type CreateKeyRequest =
  | (KeySettings & { scopes: Scope[]; profile?: never })
  | (KeySettings & { profile: Profile; scopes?: never });
