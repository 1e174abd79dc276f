import { redactText } from '@runlet/core';
import { checkTokenResponse, type TokenResponse } from './check-token-response.js';
import { TokenExchangeError } from './token-exchange-error.js';

/** Gets one client token; `signal` aborts it when the renewal is superseded, timed out or disposed. */
export type FetchToken = (signal: AbortSignal) => Promise<TokenResponse>;

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
  /** A custom `fetch`. When absent, `globalThis.fetch` is looked up on every request, so msw and other patches work. */
  fetch?: typeof fetch;
  /**
   * The request body, sent as JSON (e.g. which scopes the page needs, for your `authorize` to decide).
   * @default {}
   */
  body?: unknown;
}

const MAX_SERVER_MESSAGE = 200;

/**
 * A `FetchToken` that POSTs to your backend's token endpoint (made with `createTokenHandler` from
 * `@runlet/node`) and expects `{ token, expiresIn }`. A 401/403 is final; other statuses, network errors and
 * unreadable bodies are retryable `TokenExchangeError`s; a secret key in the response throws
 * `SecretKeyInBrowserError`.
 */
export function fetchTokenFromUrl(tokenUrl: string | URL, options: FetchTokenFromUrlOptions = {}): FetchToken {
  return async (signal) => {
    const where = `POST ${String(tokenUrl)}`;
    const url = resolveUrl(tokenUrl, where);
    // A local binding, so a browser's fetch is not called as a method of `options` ("Illegal invocation").
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== 'function') {
      throw new TokenExchangeError(`This runtime has no global fetch; pass the fetch option — ${where}`, {
        final: true,
      });
    }
    const headers = new Headers(typeof options.headers === 'function' ? await options.headers() : options.headers);
    if (!headers.has('accept')) headers.set('accept', 'application/json');
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');

    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        headers,
        body: JSON.stringify(options.body ?? {}),
        credentials: options.credentials ?? 'include',
        signal,
      });
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw new TokenExchangeError(`Could not reach the token endpoint — ${where}`, { final: false, cause: error });
    }
    if (!response.ok) throw statusError(response.status, text, where);

    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      const type = response.headers.get('content-type') ?? 'no content type';
      const hint = /html/i.test(type) ? ' (an HTML page: does tokenUrl point at your token handler?)' : '';
      throw new TokenExchangeError(
        `The token endpoint answered ${response.status} with a body that is not JSON, ${type}${hint} — ${where}`,
        {
          status: response.status,
          final: false,
          cause: error,
        },
      );
    }
    return checkTokenResponse(body, `the response of ${where}`);
  };
}

function resolveUrl(tokenUrl: string | URL, where: string): string {
  const base = (globalThis as { location?: { href?: string } }).location?.href;
  try {
    return new URL(tokenUrl, base).href;
  } catch (error) {
    throw new TokenExchangeError(
      `tokenUrl is not a valid URL${base === undefined ? ', and this runtime has no page location to resolve a relative one against; pass an absolute URL' : ''} — ${where}`,
      { final: true, cause: error },
    );
  }
}

function statusError(status: number, text: string, where: string): TokenExchangeError {
  const said = serverMessage(text);
  const detail = said ? `: ${said}` : '';
  if (status === 401 || status === 403) {
    return new TokenExchangeError(
      `The token endpoint refused to issue a client token (${status}${detail}). Your backend decided this caller ` +
        `gets no token (not signed in, or not allowed); this is final and is not retried — ${where}`,
      { status, final: true },
    );
  }
  return new TokenExchangeError(`The token endpoint answered ${status}${detail} — ${where}`, { status, final: false });
}

/** The error message a JSON error body carries (`{ error: { message } }`, `{ error }`, `{ message }`), redacted and cut short. */
function serverMessage(text: string): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null) return undefined;
  const { error, message } = body as { error?: unknown; message?: unknown };
  const nested = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : error;
  const found = typeof nested === 'string' ? nested : typeof message === 'string' ? message : undefined;
  if (found === undefined) return undefined;
  const safe = redactText(found);
  return safe.length > MAX_SERVER_MESSAGE ? `${safe.slice(0, MAX_SERVER_MESSAGE)}…` : safe;
}
