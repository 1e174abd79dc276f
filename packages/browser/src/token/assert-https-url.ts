import { InvalidOptionError } from '@runlet/core';

/** Whether `hostname` (as `URL` normalises it) is this machine: localhost, 127.0.0.0/8 or [::1]. */
const isLoopbackHost = (hostname: string) =>
  hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);

function parse(value: unknown, base?: string): URL | undefined {
  try {
    return new URL(value as string | URL, base);
  } catch {
    return undefined;
  }
}

/**
 * Refuses a URL a client token (and, for `tokenUrl`, the user's cookies) would travel to in clear text: it must
 * be `https:`, `http:` to a loopback host, or, for a `tokenUrl` resolved against `page` (`location.href`), on the
 * page's own origin (as a relative URL is: no less safe than the page). A `baseURL` must be absolute; a `tokenUrl`
 * that cannot be resolved passes, and the token request explains it when it is made.
 */
export function assertHttpsURL(option: 'baseURL' | 'tokenUrl', value: unknown, page?: string): void {
  if (value === undefined) return;
  const url = parse(value, page);
  if (!url) {
    if (option === 'tokenUrl') return;
    throw new InvalidOptionError(option, 'is not an absolute URL like https://api.runlet.dev');
  }
  const own = page === undefined ? undefined : parse(page);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) return;
  if (url.protocol === own?.protocol && url.host === own.host) return;
  // Scheme and host only: enough to recognise the URL, never its path or query.
  const shown = url.host ? `${url.protocol}//${url.host}` : url.protocol;
  throw new InvalidOptionError(
    option,
    `is ${shown}, not https: ${option === 'baseURL' ? '' : 'cookies and '}client tokens must not travel in clear ` +
      `text. Use https://${option === 'baseURL' ? '' : ", a path on the page's origin"}, or http:// only for a ` +
      'loopback host (localhost, 127.0.0.1, [::1])',
  );
}
