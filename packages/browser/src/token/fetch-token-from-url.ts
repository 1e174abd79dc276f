import { redactText } from '@runlet/core';
import { freshHeaders, retryAfterSeconds } from '@runlet/core/internal';
import ky, { isNetworkError } from 'ky';
import { assertNoSecretBody, assertNoSecretHeaders, assertNotSecret } from './assert-not-secret.js';
import { assertTokenUrl } from './assert-token-url.js';
import { checkTokenResponse, type TokenResponse } from './check-token-response.js';
import { TokenExchangeError, type TokenExchangeErrorInit } from './token-exchange-error.js';

/** Gets one client token; `signal` aborts it when the renewal is superseded, timed out or disposed. */
export type FetchToken = (signal: AbortSignal) => Promise<TokenResponse>;

/** How `fetchTokenFromUrl` calls your token endpoint: extra headers, a body, credentials mode and `fetch`. */
export interface FetchTokenFromUrlOptions {
  /**
   * Extra request headers, or a function called before every request for headers that change (a CSRF token).
   * @example { headers: () => ({ 'X-CSRF-Token': readCsrfCookie() }) }
   */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /**
   * Whether the browser sends cookies with the request; your endpoint usually knows the user by their session cookie.
   * @default 'include'
   */
  credentials?: RequestCredentials;
  /**
   * A custom `fetch`, called (by ky) with a `Request`. When absent, `globalThis.fetch` is looked up on every request,
   * so msw and other patches work.
   */
  fetch?: typeof fetch;
  /**
   * The request body, sent as JSON (e.g. which scopes the page needs, for your `authorize` to decide).
   * @default {}
   */
  body?: unknown;
}

/**
 * A `FetchToken` that POSTs to your backend's token endpoint (made with `createTokenHandler` from
 * `@runlet/node`) and expects `{ token, expiresIn }`. A 401/403, or a `TOKEN_GRANT_INVALID` answer, is final; other statuses, network errors and
 * unreadable bodies are retryable `TokenExchangeError`s (with the endpoint's `Retry-After` as `retryAfter`);
 * a secret key in the request or the response throws `SecretKeyInBrowserError`. A `tokenUrl` with a secret key in
 * it, or one that is neither `https:`, loopback nor on the page's own origin (`InvalidOptionError`), throws at once.
 */
export function fetchTokenFromUrl(tokenUrl: string | URL, options: FetchTokenFromUrlOptions = {}): FetchToken {
  assertNotSecret(String(tokenUrl), 'tokenUrl');
  assertTokenUrl(tokenUrl, pageHref());
  return async (signal) => {
    const where = `POST ${tokenUrl}`;
    const fail = (message: string, init: TokenExchangeErrorInit) =>
      new TokenExchangeError(`${message} — ${where}`, init);
    const base = pageHref();
    let url: string;
    try {
      url = new URL(tokenUrl, base).href;
    } catch (cause) {
      const hint = base ? '' : ' here: there is no page location, so pass an absolute URL';
      throw fail(`tokenUrl is not a valid URL${hint}`, { final: true, cause });
    }
    const headers = freshHeaders(typeof options.headers === 'function' ? await options.headers() : options.headers);
    for (const name of ['accept', 'content-type']) if (!headers.has(name)) headers.set(name, 'application/json');
    const requestBody = JSON.stringify(options.body ?? {});
    assertNotSecret(url, 'tokenUrl');
    assertNoSecretBody(requestBody, where);
    assertNoSecretHeaders(headers, where);
    // Looked up per request, so msw and other patches of globalThis.fetch apply.
    const fetchImpl = options.fetch ?? globalThis.fetch;
    let response: Response;
    let text: string;
    try {
      response = await ky.post(url, {
        headers,
        body: requestBody,
        credentials: options.credentials ?? 'include',
        signal,
        // Called as a plain function: ky calls its `fetch` option as a method, which a browser's fetch refuses.
        fetch: (input, init) => fetchImpl(input, init),
        // One attempt, no timeout of ky's own: retryTokenFetch retries any FetchToken and times each attempt out
        // through `signal`.
        retry: 0,
        timeout: false,
        throwHttpErrors: false,
      });
      text = await response.text();
    } catch (thrown) {
      if (signal.aborted) throw signal.reason;
      const cause = isNetworkError(thrown) ? thrown.cause : thrown;
      throw fail('Could not reach the token endpoint', { final: false, cause });
    }
    const { ok, status } = response;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (cause) {
      if (ok) {
        const type = response.headers.get('content-type') ?? 'no content type';
        const hint = /html/i.test(type) ? ' (an HTML page: does tokenUrl point at your token handler?)' : '';
        throw fail(`The token endpoint answered ${status} with a body that is not JSON, ${type}${hint}`, {
          status,
          final: false,
          cause,
        });
      }
    }
    if (ok) return checkTokenResponse(body, `the response of ${where}`);
    // What the endpoint said (`{ error: { message } }`, `{ error }`, `{ message }`), redacted and cut short.
    const { error, message } = (body ?? {}) as {
      error?: { message?: unknown; code?: unknown } | string;
      message?: unknown;
    };
    const said = [typeof error === 'object' ? error?.message : error, message].find((m) => typeof m === 'string');
    const safe = said ? redactText(said as string) : '';
    const detail = safe && `: ${safe.length > 200 ? `${safe.slice(0, 200)}…` : safe}`;
    // createTokenHandler's answer when its authorize grants what the API refuses: the app's bug, not a blip.
    if (typeof error === 'object' && error?.code === 'TOKEN_GRANT_INVALID') {
      throw fail(
        `The token endpoint cannot issue a client token (${status} TOKEN_GRANT_INVALID${detail}): its authorize ` +
          'returns a grant the API refuses (see the server log); not retried',
        { status, final: true },
      );
    }
    throw status === 401 || status === 403
      ? fail(
          `The token endpoint refused a client token (${status}${detail}): your backend denied this caller ` +
            '(not signed in, or not allowed); not retried',
          { status, final: true },
        )
      : fail(`The token endpoint answered ${status}${detail}`, {
          status,
          final: false,
          retryAfter: retryAfterSeconds(response.headers, Date.now()),
        });
  };
}

/** The page's (or worker's) URL, which a relative `tokenUrl` resolves against; none in edge runtimes. */
const pageHref = () => (globalThis as { location?: { href?: string } }).location?.href;
