import { isRunletError } from '@runlet/core';
import { createToken } from '@runlet/types';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  assertNotSecret,
  fetchTokenFromUrl,
  RunletBrowser,
  type RunletBrowserOptions,
  SecretKeyInBrowserError,
} from '../src/index.js';
import { clientToken, createManager, disposeManagers } from './helpers.js';

const secrets = [
  ['a live key', createToken('rl_live_')],
  ['a test key', createToken('rl_test_')],
  ['a signing secret', createToken('rl_sig_')],
  ['a truncated live key', createToken('rl_live_').slice(0, 20)],
  ['a test key with a trailing newline', `${createToken('rl_test_')}\n`],
] as const;

const advice =
  'never ship a secret key to the browser; have your backend mint a short-lived client token with createTokenHandler from @runlet/node and pass its URL as tokenUrl';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  disposeManagers();
  vi.useRealTimers();
});

describe('assertNotSecret', () => {
  test.each(secrets)('refuses %s with the pattern to use instead, never showing it', (_, secret) => {
    let thrown: unknown;
    try {
      assertNotSecret(secret, 'the apiKey option');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SecretKeyInBrowserError);
    expect(isRunletError(thrown)).toBe(true);
    const message = (thrown as Error).message;
    expect(message.toLowerCase()).toContain(advice.toLowerCase());
    expect(message).toContain('the apiKey option');
    expect(message).toContain(secret.trim().slice(0, secret.indexOf('_', 3) + 1));
    expect(message).not.toContain(secret.trim().slice(-8));
  });

  test('lets client tokens and non-strings through', () => {
    expect(() => assertNotSecret(clientToken(), 'the token option')).not.toThrow();
    expect(() => assertNotSecret(undefined, 'the token option')).not.toThrow();
  });
});

describe('a secret from the token source', () => {
  test.each(secrets)('%s is refused at once, never retried and never stored', async (_, secret) => {
    const fetchToken = vi.fn(async () => ({ token: secret, expiresIn: 600 }));
    const onError = vi.fn();
    const manager = createManager({ fetchToken, onError, maxAttempts: 5 });

    await expect(manager.getToken()).rejects.toBeInstanceOf(SecretKeyInBrowserError);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fetchToken).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledExactlyOnceWith(expect.any(SecretKeyInBrowserError));
    expect(manager.describe()).toBe('client token (none yet)');
  });

  test('is refused by fetchTokenFromUrl too', async () => {
    const secret = createToken('rl_live_');
    const fetch = async () => Response.json({ token: secret, expiresIn: 600 });
    const error = await fetchTokenFromUrl('https://app.example/api/token', { fetch })(
      new AbortController().signal,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretKeyInBrowserError);
    expect((error as Error).message).toContain('the token from the response of POST https://app.example/api/token');
    expect((error as Error).message).not.toContain(secret);
  });
});

describe('a secret anywhere else a request is made from', () => {
  const live = createToken('rl_live_');
  /** A fetch that issues client tokens at /api/token and records every other request: none may happen. */
  function recordingFetch() {
    const api: string[] = [];
    const fetch = vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.endsWith('/api/token')) return Response.json({ token: clientToken(), expiresIn: 600 });
      api.push(url);
      return Response.json({ data: [], nextCursor: null });
    });
    return { fetch, api };
  }
  const base = { tokenUrl: 'https://app.example/api/token', baseURL: 'https://api.example' };

  test('assertNotSecret finds one after Bearer, in a query string or a JSON body, not inside other words', () => {
    for (const value of [`Bearer ${live}`, `https://app.example/t?key=${live}`, JSON.stringify({ key: live })]) {
      expect(() => assertNotSecret(value, 'a test value')).toThrow(SecretKeyInBrowserError);
    }
    for (const prose of [
      'a_rl_live_thing and surl_test_x',
      'running rl_test_ suite',
      'https://docs.example/rl_test_keys',
    ]) {
      expect(() => assertNotSecret(prose, 'a test value')).not.toThrow();
    }
  });

  test.each([
    ['the headers option (X-API-Key)', { headers: { 'X-API-Key': live } }, /the x-api-key header of every request/],
    ['the headers option (Authorization)', { headers: { Authorization: `Bearer ${live}` } }, /authorization header/],
    ['the tokenUrl', { tokenUrl: `https://app.example/api/token?key=${live}` }, /as tokenUrl/],
    ['the baseURL', { baseURL: `https://api.example/${live}` }, /the baseURL option/],
    ['tokenRequest.headers', { tokenRequest: { headers: { 'X-Runlet-Key': live } } }, /header of the token request/],
    ['tokenRequest.body', { tokenRequest: { body: { apiKey: live } } }, /body of the token request/],
  ])('%s is refused by the constructor, before any request', (_, options, where) => {
    const { fetch } = recordingFetch();
    const construct = () => new RunletBrowser({ ...base, fetch, ...options } as RunletBrowserOptions);
    expect(construct).toThrow(SecretKeyInBrowserError);
    expect(construct).toThrow(where);
    expect(construct).not.toThrow(live.slice(-8));
    expect(fetch).not.toHaveBeenCalled();
  });

  test('a call’s own headers or URL with a secret fail the call before it reaches the API', async () => {
    const { fetch, api } = recordingFetch();
    const runlet = new RunletBrowser({ ...base, fetch });
    await expect(runlet.sandboxes.list({}, { headers: { 'x-api-key': live } })).rejects.toThrow(
      /the x-api-key header of GET \/v1\/sandboxes/,
    );
    await expect(runlet.client.request('GET', `/v1/me?key=${live}`)).rejects.toBeInstanceOf(SecretKeyInBrowserError);
    // Even the Authorization header, which the client token would replace: the secret is in the page.
    await expect(runlet.me({ headers: { Authorization: `Bearer ${live}` } })).rejects.toBeInstanceOf(
      SecretKeyInBrowserError,
    );
    // A secret as a path segment: refused, and neither the message nor `where` repeats it.
    const inPath = await runlet.client
      .request('GET', '/v1/keys/{keyId}', { params: { path: { keyId: live } } })
      .catch((e: unknown) => e);
    expect(inPath).toBeInstanceOf(SecretKeyInBrowserError);
    expect((inPath as SecretKeyInBrowserError).where).toMatch(/^the URL of GET \/v1\/keys\/rl_live_…/);
    expect(JSON.stringify({ ...(inPath as object), message: (inPath as Error).message })).not.toContain(live.slice(8));
    expect(fetch).not.toHaveBeenCalled(); // checked before a token is even fetched
    expect(api).toEqual([]);
    await runlet.sandboxes.list();
    expect(api).toEqual(['https://api.example/v1/sandboxes']);
    runlet.dispose();
  });

  test('a headers function of fetchTokenFromUrl that returns a secret stops the token request', async () => {
    const fetch = vi.fn(async () => Response.json({ token: clientToken(), expiresIn: 600 }));
    const fetchToken = fetchTokenFromUrl('https://app.example/api/token', {
      fetch,
      headers: () => ({ Authorization: `Bearer ${live}` }),
    });
    const error = await fetchToken(new AbortController().signal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretKeyInBrowserError);
    expect((error as Error).message).toContain('the authorization header of POST https://app.example/api/token');
    expect(fetch).not.toHaveBeenCalled();
  });
});
