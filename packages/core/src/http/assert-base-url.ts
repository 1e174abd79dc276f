import { redactText } from '@runlet/types/tokens';
import { InvalidBaseURLError } from '../errors/invalid-base-url-error.js';

const LOOPBACK_IPV4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** Whether `hostname` (as `URL` normalises it) is this machine: localhost, 127.0.0.0/8 or ::1. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || LOOPBACK_IPV4.test(hostname);
}

/**
 * Refuses a base URL that is malformed, that would send keys in clear text (anything but `https:`, except `http:`
 * to a loopback host: a local mock server), or that ends in `/v1` (every path already starts with it, so calls
 * would go to `/v1/v1/…`). `source` says where the URL came from.
 */
export function assertBaseURL(value: string, source: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidBaseURLError({
      source,
      message: `The Runlet base URL from ${source} (${redactText(JSON.stringify(value))}) is not a valid URL; write it in full, like https://api.runlet.dev.`,
    });
  }
  if (/\/v1\/*$/.test(url.pathname)) {
    throw new InvalidBaseURLError({
      source,
      message:
        `The Runlet base URL from ${source} (${url.origin}${url.pathname}) ends in /v1: pass the API root without it, ` +
        `like ${url.origin}${url.pathname.replace(/\/v1\/*$/, '')}; every call's path already starts with /v1.`,
    });
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) return;
  const shown = url.host ? `${url.protocol}//${url.host}` : url.protocol;
  throw new InvalidBaseURLError({
    source,
    message:
      url.protocol === 'http:'
        ? `The Runlet base URL from ${source} (${shown}) is not https: API keys must not travel in clear text. ` +
          'Use https://, or http:// only for a loopback host (localhost, 127.0.0.1, [::1]).'
        : `The Runlet base URL from ${source} (${shown}) must be an https:// URL, like https://api.runlet.dev.`,
  });
}
