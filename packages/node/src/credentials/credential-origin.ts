/**
 * Where a credential setting comes from: an option given in code (or a CLI flag standing for it), an
 * environment variable, a profile of the config file, or the SDK's default.
 */
export type CredentialOrigin =
  | { source: 'option'; option: 'apiKey' | 'baseURL' | 'signingSecret' | 'profile' }
  | { source: 'env'; variable: string }
  | { source: 'config'; profile: string; configPath: string }
  | { source: 'default' };

/** A setting's value with its origin. */
export interface Sourced<T> {
  value: T;
  origin: CredentialOrigin;
}
