import type { APIError, AuthContext, AuthStrategy } from '@runlet/core';
import { assertNoSecretBody, assertNoSecretHeaders, assertNotSecret } from './assert-not-secret.js';

/** What `createTokenAuth` needs of a token manager. */
export interface TokenSource {
  getToken(signal?: AbortSignal): Promise<string>;
  invalidate(token: string): void;
  describe?(): string;
}

/**
 * Core's auth strategy for client tokens: every attempt carries `Authorization: Bearer <client token>` from
 * the manager, and no attempt leaves with a secret key in a header, the URL or the body; after `TOKEN_EXPIRED` it
 * invalidates the token that attempt used and has core retry the call once, with a renewed token.
 */
export function createTokenAuth(manager: TokenSource): AuthStrategy {
  // The token each attempt was sent with, so concurrent calls invalidate only what they used.
  const used = new WeakMap<AuthContext, string>();
  let last: string | undefined;

  return {
    async authenticate(headers, context) {
      // The last look before anything is sent (and before a token is fetched for it): a secret in a header
      // (the headers option, a call's headers), the URL (percent-decoded) or the body stops the call here.
      const where = `${context.method} ${context.path.split('?')[0]}`;
      assertNotSecret(context.path, `the URL of ${where}`);
      assertNoSecretHeaders(headers, where);
      if (context.body) assertNoSecretBody(context.body, where);
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
