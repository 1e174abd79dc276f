import { InvalidOptionError } from '@runlet/core';
import { isLoopbackHost } from '@runlet/core/internal';

function parse(value: unknown, base?: string): URL | undefined {
  try {
    return new URL(value as string | URL, base);
  } catch {
    return undefined;
  }
}

/**
 * Refuses a token URL the user's cookies and client tokens would travel to in clear text: resolved against `page`
 * (`location.href`), it must be `https:`, `http:` to a loopback host (core's rule for base URLs), or on the page's
 * own origin (as a relative URL is: no less safe than the page). One that cannot be resolved passes, and the token
 * request explains it when it is made.
 */
export function assertTokenUrl(value: unknown, page?: string): void {
  if (value === undefined) return;
  const url = parse(value, page);
  if (!url) return;
  const own = page === undefined ? undefined : parse(page);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) return;
  if (url.protocol === own?.protocol && url.host === own.host) return;
  // Scheme and host only: enough to recognise the URL, never its path or query.
  const shown = url.host ? `${url.protocol}//${url.host}` : url.protocol;
  throw new InvalidOptionError(
    'tokenUrl',
    `is ${shown}, not https: cookies and client tokens must not travel in clear text. Use https://, a path on ` +
      "the page's origin, or http:// only for a loopback host (localhost, 127.0.0.1, [::1])",
  );
}
