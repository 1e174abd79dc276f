import type { APIError, AuthContext, AuthStrategy } from '@runlet/core';

/** What `createTokenAuth` needs of a token manager. */
export interface TokenSource {
  getToken(signal?: AbortSignal): Promise<string>;
  invalidate(token: string): void;
  describe?(): string;
}

/**
 * Core's auth strategy for client tokens: every attempt carries `Authorization: Bearer <client token>` from
 * the manager; after `TOKEN_EXPIRED` it invalidates the token that attempt used and has core retry the call
 * once, with a renewed token.
 */
export function createTokenAuth(manager: TokenSource): AuthStrategy {
  // The token each attempt was sent with, so concurrent calls invalidate only what they used.
  const used = new WeakMap<AuthContext, string>();
  let last: string | undefined;

  return {
    async authenticate(headers, context) {
      const token = await manager.getToken(context.signal);
      used.set(context, token);
      last = token;
      headers.set('Authorization', `Bearer ${token}`);
    },
    onAuthError(error: APIError, context) {
      if (error.code !== 'TOKEN_EXPIRED') return false;
      const token = used.get(context) ?? last;
      if (token !== undefined) manager.invalidate(token);
      return true;
    },
    describe() {
      return manager.describe?.() ?? 'client token';
    },
  };
}
