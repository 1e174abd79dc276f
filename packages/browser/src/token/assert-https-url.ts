import { InvalidOptionError, redactText } from '@runlet/core';

const LOOPBACK_IPV4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const LOOPBACK = 'http:// only for a loopback host (localhost, 127.0.0.1, [::1]), such as a local mock server';

/** Whether `hostname` (as `URL` normalises it) is this machine: localhost, 127.0.0.0/8 or [::1]. */
function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || LOOPBACK_IPV4.test(hostname);
}

/** `https:`, or `http:` to a loopback host: the URLs a client token may travel to. */
function isSafe(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

function parse(value: string | URL, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/** Scheme and host only: enough to recognise the URL, never its path or query. */
const shown = (url: URL) => (url.host ? `${url.protocol}//${url.host}` : url.protocol);

/**
 * Refuses a `baseURL` that is not an absolute `https:` URL, except `http:` to a loopback host: every call
 * carries a client token, which must not travel in clear text.
 */
export function assertBaseURL(value: unknown): void {
  if (value === undefined) return;
  const url = typeof value === 'string' ? parse(value) : undefined;
  if (!url) {
    const given = redactText(JSON.stringify(String(value)));
    throw new InvalidOptionError(
      'baseURL',
      `(${given}) is not an absolute URL; write the API root in full, like https://api.runlet.dev`,
    );
  }
  if (isSafe(url)) return;
  throw new InvalidOptionError(
    'baseURL',
    `is ${shown(url)}, not https: every call carries a client token, which must not travel in clear text. ` +
      `Use https:// (the default is https://api.runlet.dev), or ${LOOPBACK}`,
  );
}

/**
 * Refuses a `tokenUrl` that would send the user's cookies and receive a client token in clear text: resolved
 * against `page` (`location.href`, when there is one), it must be `https:`, `http:` to a loopback host, or on the
 * page's own origin (a relative URL, which is no less safe than the page itself). A `tokenUrl` that cannot be
 * resolved passes: the token request explains it when it is made.
 */
export function assertTokenUrl(value: string | URL, page: string | undefined): void {
  const url = parse(value, page);
  if (!url) return;
  const pageURL = page === undefined ? undefined : parse(page);
  if (isSafe(url) || (url.protocol === pageURL?.protocol && url.host === pageURL.host)) return;
  throw new InvalidOptionError(
    'tokenUrl',
    `is ${shown(url)}, not https: the token request carries your user's cookies and its answer a client token, ` +
      `which must not travel in clear text. Use https://, a path on the page's own origin (/api/runlet-token), or ${LOOPBACK}`,
  );
}
