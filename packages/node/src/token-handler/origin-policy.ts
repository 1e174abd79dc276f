/** Who may call the token endpoint: the `cors` option checked once, each request's `Origin`, and preflights. */
import type { TokenHandlerOptions } from './create-token-handler.js';
import { refuse } from './reply.js';

export interface Cors {
  origins: Set<string>;
  maxAge: number;
}

export function checkCors(cors: TokenHandlerOptions['cors']): Cors | undefined {
  if (cors === undefined) return undefined;
  if (!Array.isArray(cors?.origins)) throw new TypeError("createTokenHandler's cors needs { origins: string[] }.");
  for (const origin of cors.origins) {
    let canonical: string | undefined;
    try {
      canonical = new URL(origin).origin;
    } catch {}
    if (origin === '*' || canonical !== origin || canonical === 'null') {
      throw new TypeError(
        `createTokenHandler's cors.origins takes exact origins, written as new URL(page).origin gives them ` +
          `(scheme, lower-case host, port; no path or trailing slash): got ${JSON.stringify(origin)}` +
          `${canonical && canonical !== 'null' && canonical !== origin ? `, did you mean '${canonical}'?` : '.'}` +
          ` Credentials rule out '*'.`,
      );
    }
  }
  const maxAge = cors.maxAge ?? 600;
  if (!Number.isInteger(maxAge) || maxAge < 0 || maxAge > 86_400) {
    throw new TypeError("createTokenHandler's cors.maxAge is a whole number of seconds from 0 to 86400.");
  }
  return { origins: new Set(cors.origins), maxAge };
}

/**
 * Refuses, before `authorize` runs, a caller the token could not serve: an opaque `Origin: null` (a sandboxed
 * iframe, a `file://` page), a garbled origin, or with `cors` an origin that is neither listed nor this endpoint's.
 */
export function checkOrigin(request: Request, origin: string | null, cors: Cors | undefined): Response | undefined {
  if (origin === null) return undefined;
  if (origin === 'null') {
    return refuse(
      403,
      'ORIGIN_NOT_ALLOWED',
      'This page has an opaque origin (Origin: null: a sandboxed iframe or a file:// page), and client tokens only ' +
        'work from a real origin: serve the page over http(s), or add allow-same-origin to the iframe sandbox.',
    );
  }
  let host: string | undefined;
  try {
    host = new URL(origin).origin === origin ? new URL(origin).host : undefined;
  } catch {}
  if (host === undefined) return refuse(403, 'ORIGIN_NOT_ALLOWED', 'The Origin header is not a valid origin.');
  if (cors && !cors.origins.has(origin) && host !== new URL(request.url).host) {
    return refuse(403, 'ORIGIN_NOT_ALLOWED', 'This origin may not call the token endpoint.');
  }
  return undefined;
}

/** A preflight from a listed origin gets 204 with what it asked for; anything else 403 without CORS headers. */
export function preflight(request: Request, cors: Cors): Response {
  const origin = request.headers.get('origin');
  const method = request.headers.get('access-control-request-method');
  if (!origin || !cors.origins.has(origin) || method !== 'POST') {
    return refuse(403, 'ORIGIN_NOT_ALLOWED', 'This origin may not call the token endpoint.');
  }
  const headers = new Headers({
    'access-control-allow-methods': 'POST',
    'access-control-allow-headers': request.headers.get('access-control-request-headers') ?? 'content-type',
    'access-control-max-age': String(cors.maxAge),
    'cache-control': 'no-store',
  });
  allowOrigin(headers, origin);
  headers.append('vary', 'Access-Control-Request-Headers');
  return new Response(null, { status: 204, headers });
}

export function allowOrigin(headers: Headers, origin: string): void {
  headers.set('access-control-allow-origin', origin);
  headers.set('access-control-allow-credentials', 'true');
  headers.append('vary', 'Origin');
}

/** What the browser client reads of an answer beyond the CORS-safelisted headers: how long to back off. */
export const EXPOSED = 'Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset';
