import type { TokenPrefix } from '@runlet/types';
import { redactSecret } from '@runlet/types/tokens';
import { assertValidKey } from './assert-valid-key.js';
import type { AuthStrategy } from './auth-strategy.js';

/** A key or token, or a function returning one per request (rotation from a secret manager). */
export type KeySource = string | (() => string | Promise<string>);

/** Options of `bearerAuth`. */
export interface BearerAuthOptions {
  /** The kinds of token accepted. @default ['rl_live_', 'rl_test_', 'rl_ct_'] */
  accept?: readonly TokenPrefix[];
  /** Send `X-API-Key: <key>` instead of `Authorization: Bearer <key>`. @default 'authorization' */
  header?: 'authorization' | 'x-api-key';
  /**
   * What error messages call the key, so that they say where to fix it.
   * @default 'API key'
   * @example 'API key from RUNLET_API_KEY'
   */
  keyName?: string;
}

/**
 * Authenticates with a key or token, or with an async function that returns one (called per attempt,
 * for rotation from a secret manager). Every value is checked offline before it is sent.
 */
export function bearerAuth(source: KeySource, options: BearerAuthOptions = {}): AuthStrategy {
  const accept = options.accept ?? ['rl_live_', 'rl_test_', 'rl_ct_'];
  let checked: string | undefined;
  let last: string | undefined;
  const check = (key: unknown): string => {
    if (key !== checked) assertValidKey(key, accept, options.keyName);
    checked = key as string;
    last = checked;
    return checked;
  };
  const set = (headers: Headers, key: string) => {
    if (options.header === 'x-api-key') headers.set('x-api-key', key);
    else headers.set('authorization', `Bearer ${key}`);
  };
  if (typeof source === 'string') check(source);
  return {
    authenticate(headers) {
      if (typeof source === 'string') return set(headers, source);
      return Promise.resolve(source()).then((key) => set(headers, check(key)));
    },
    describe: () =>
      last ? `bearer ${redactSecret(last)}` : typeof source === 'function' ? 'bearer (key function)' : 'bearer',
  };
}
