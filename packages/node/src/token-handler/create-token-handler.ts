import { isRunletError, type Logger, redactText } from '@runlet/core';
import type { Schemas } from '@runlet/types';
import type { Runlet } from '../client/runlet.js';
import { TOKEN_GRANT_RULES, tokenGrantIssues } from './check-token-grant.js';
import { allowOrigin, checkCors, checkOrigin, EXPOSED, preflight } from './origin-policy.js';
import { refuse, reply } from './reply.js';

/** What a browser's client token may do: scopes, lifetime, origins and subject. */
export type TokenGrant = Schemas['CreateTokenRequest'];

/** Options of `createTokenHandler`: the client that mints tokens, who may have one, and the CORS origins. */
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
  /**
   * For pages on other origins than this endpoint (`https://app.example` calling `https://api.example`): the
   * exact origins allowed to call it with credentials. Their preflight (`OPTIONS`) is answered and every
   * answer to them, errors included, carries `Access-Control-Allow-Origin` and `-Credentials`, so the browser
   * client can read a 401 as final. A request from any other origin is refused with 403 before `authorize` runs.
   * Same-origin pages (the endpoint's own host) need nothing. `'*'` is refused: credentials need exact origins.
   */
  cors?: {
    origins: readonly string[];
    /** How long browsers may cache a preflight, in seconds. @default 600 */
    maxAge?: number;
  };
  /**
   * Where the handler reports, redacted, why it could not mint a token because of your code: a grant the API
   * refuses (`'*'` or `keys:manage` in `scopes`, a `ttlSeconds` outside 60–3600). The browser only learns
   * `500 TOKEN_GRANT_INVALID`. @default console
   */
  logger?: Pick<Logger, 'error'>;
}

/** The body code of a 500 that retrying cannot fix: the app's `authorize` asks for a grant the API refuses. */
const GRANT_INVALID = 'TOKEN_GRANT_INVALID';

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
  const cors = checkCors(options.cors);
  const logger = options.logger ?? console;
  const grantInvalid = (reasons: string): Response => {
    logger.error(
      redactText(
        `[runlet] createTokenHandler minted no client token: authorize returned a grant the API refuses (${reasons}); ${TOKEN_GRANT_RULES}.`,
      ),
    );
    return refuse(
      500,
      GRANT_INVALID,
      'The token endpoint cannot issue this client token (its grant is invalid); not retryable.',
    );
  };
  const handle = async (request: Request): Promise<Response> => {
    if (request.method === 'OPTIONS' && cors) return preflight(request, cors);
    if (request.method !== 'POST') {
      return refuse(405, 'METHOD_NOT_ALLOWED', 'Use POST.', { allow: cors ? 'POST, OPTIONS' : 'POST' });
    }
    const origin = request.headers.get('origin');
    const refusedOrigin = checkOrigin(request, origin, cors);
    if (refusedOrigin) return refusedOrigin;
    let decision: Awaited<ReturnType<TokenHandlerOptions['authorize']>>;
    try {
      decision = await options.authorize(request);
    } catch {
      return refuse(500, 'INTERNAL_ERROR', 'The token endpoint could not authorize this request.');
    }
    if (decision instanceof Response) return withNoStore(decision);
    if (!decision) return refuse(401, 'UNAUTHORIZED', 'Sign in to get a Runlet client token.');
    const issues = tokenGrantIssues(decision);
    if (issues.length > 0) return grantInvalid(issues.join('; '));
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
      // The server key is rate-limited: the browser backs off for as long as the API asked.
      // By status, not instanceof: the client may come from another copy of the package.
      const limited = isRunletError(error) && 'status' in error && error.status === 429;
      const retryAfter = limited ? (error as { retryAfter?: unknown }).retryAfter : undefined;
      if (typeof retryAfter === 'number' && retryAfter >= 0) {
        const seconds = Math.max(1, Math.ceil(retryAfter));
        return refuse(503, 'TOKEN_MINT_RATE_LIMITED', `Too many client tokens right now; retry in ${seconds} s.`, {
          'retry-after': String(seconds),
        });
      }
      // The API found the grant invalid beyond what the spec says: the same grant would fail again.
      if (isRunletError(error) && 'status' in error && (error.status === 400 || error.status === 422)) {
        return grantInvalid(error.message);
      }
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
  if (!cors) return handle;
  return async (request) => {
    const response = await handle(request);
    const origin = request.headers.get('origin');
    // A preflight sets its own headers (and a refused one must carry none).
    if (request.method !== 'OPTIONS' && origin && cors.origins.has(origin)) {
      allowOrigin(response.headers, origin);
      response.headers.append('access-control-expose-headers', EXPOSED);
    }
    return response;
  };
}

/** Headers that described the upstream's wire encoding, not the body `fetch()` already decoded. */
const HOP_BY_HOP = [
  'content-encoding',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'proxy-connection',
  'upgrade',
  'trailer',
];

function withNoStore(response: Response): Response {
  // Response.error() (status 0) or a 1xx cannot be answered as it is.
  if (response.status < 200)
    return refuse(500, 'INTERNAL_ERROR', 'The token endpoint could not authorize this request.');
  const headers = new Headers(response.headers);
  for (const name of HOP_BY_HOP) headers.delete(name);
  headers.set('cache-control', 'no-store');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
