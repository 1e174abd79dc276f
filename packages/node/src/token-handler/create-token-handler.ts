import { isRunletError, redactText } from '@runlet/core';
import type { Schemas } from '@runlet/types';
import type { Runlet } from '../client/runlet.js';

/** What a browser's client token may do: scopes, lifetime, origins and subject. */
export type TokenGrant = Schemas['CreateTokenRequest'];

export interface TokenHandlerOptions {
  /** A client whose key has `tokens:create` and every scope you grant. */
  client: Runlet;
  /**
   * Decides who is asking and what they may do, from your session or auth. Return the grant to allow;
   * `null`/`undefined`/`false` to refuse with 401; or your own `Response` (a 403, a redirect) to refuse.
   * When the grant names no `allowedOrigins`, the token is bound to the request's `Origin`.
   */
  authorize: (
    request: Request,
  ) => TokenGrant | Response | null | undefined | false | Promise<TokenGrant | Response | null | undefined | false>;
}

const NO_STORE = { 'content-type': 'application/json', 'cache-control': 'no-store' };

function reply(status: number, body: unknown, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...NO_STORE, ...extra } });
}

function refuse(status: number, code: string, message: string): Response {
  return reply(status, { error: { code, message, status } });
}

/**
 * A web-standard `(Request) => Promise<Response>` endpoint that mints client tokens for your browser app:
 * a Next.js route handler, Hono, Bun, Deno, or `node:http`/Express through `toNodeHandler`. It answers
 * `{ token, expiresIn, expiresAt, serverTime, scopes }` with `Cache-Control: no-store`, and never the
 * secret key.
 */
export function createTokenHandler(options: TokenHandlerOptions): (request: Request) => Promise<Response> {
  if (!options?.client || typeof options.authorize !== 'function') {
    throw new TypeError('createTokenHandler needs { client: new Runlet(), authorize: (request) => grant | null }.');
  }
  return async (request) => {
    if (request.method !== 'POST') {
      return reply(
        405,
        { error: { code: 'METHOD_NOT_ALLOWED', message: 'Use POST.', status: 405 } },
        { allow: 'POST' },
      );
    }
    let decision: Awaited<ReturnType<TokenHandlerOptions['authorize']>>;
    try {
      decision = await options.authorize(request);
    } catch {
      return refuse(500, 'INTERNAL_ERROR', 'The token endpoint could not authorize this request.');
    }
    if (decision instanceof Response) return withNoStore(decision);
    if (!decision) return refuse(401, 'UNAUTHORIZED', 'Sign in to get a Runlet client token.');
    const origin = request.headers.get('origin');
    const grant: TokenGrant =
      decision.allowedOrigins === undefined && origin ? { ...decision, allowedOrigins: [origin] } : decision;
    try {
      const token = await options.client.tokens.create(grant);
      return reply(200, {
        token: token.token,
        expiresIn: token.expiresIn,
        expiresAt: token.expiresAt,
        serverTime: token.serverTime,
        scopes: token.scopes,
      });
    } catch (error) {
      // The browser learns that minting failed, never why in detail: messages could name your key.
      const status = isRunletError(error) && 'status' in error && error.status === 403 ? 403 : 502;
      const code = status === 403 ? 'FORBIDDEN' : 'TOKEN_MINT_FAILED';
      const message =
        status === 403
          ? 'The server key may not grant these scopes.'
          : `Could not mint a client token${isRunletError(error) ? ` (${redactText(error.name)})` : ''}.`;
      return refuse(status, code, message);
    }
  };
}

function withNoStore(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set('cache-control', 'no-store');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
