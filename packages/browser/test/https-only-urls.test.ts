import { InvalidBaseURLError, isRunletError } from '@runlet/core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fetchTokenFromUrl, InvalidOptionError, RunletBrowser, type RunletBrowserOptions } from '../src/index.js';
import { clientToken } from './helpers.js';

// No page location here (Node, the edge runtime): every tokenUrl is absolute. The page's origin is in
// token-url-page-origin.test.ts, which stubs `location`.

const clients: RunletBrowser[] = [];
afterEach(() => {
  for (const runlet of clients.splice(0)) runlet.dispose();
});

const fetch = vi.fn(async () => Response.json({ token: clientToken(), expiresIn: 600 }));
const base: RunletBrowserOptions = { tokenUrl: 'https://app.example/api/token', baseURL: 'https://api.example', fetch };

function construct(options: { [K in keyof RunletBrowserOptions]?: RunletBrowserOptions[K] | undefined }): unknown {
  try {
    clients.push(new RunletBrowser({ ...base, ...options } as RunletBrowserOptions));
    return undefined;
  } catch (error) {
    return error;
  }
}

const loopback = ['http://localhost:4010', 'http://127.0.0.1:8787/api', 'http://127.12.0.1', 'http://[::1]:3000'];

describe("baseURL (core's rule, as @runlet/node applies it)", () => {
  test.each(['https://api.example', 'https://api.runlet.dev/', ...loopback])('%s is accepted', (baseURL) => {
    expect(construct({ baseURL })).toBeUndefined();
  });

  test('http on any other host is refused at construction, naming the option and what to use instead', () => {
    const error = construct({ baseURL: 'http://example.com/api?x=1' });

    expect(error).toBeInstanceOf(InvalidBaseURLError);
    expect(isRunletError(error)).toBe(true);
    expect(error).toMatchObject({ source: 'the `baseURL` option' });
    expect((error as Error).message).toBe(
      'The Runlet base URL from the `baseURL` option (http://example.com) is not https: API keys must not travel ' +
        'in clear text. Use https://, or http:// only for a loopback host (localhost, 127.0.0.1, [::1]).',
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  test.each([
    'http://localhost.example.com',
    'http://127.0.0.1.nip.io',
    'http://[::2]',
    'http://10.0.0.1',
    'ftp://api.example',
    'ws://localhost:4010',
    'https://api.runlet.dev/v1',
  ])('%s is refused', (baseURL) => {
    expect(construct({ baseURL })).toMatchObject({ name: 'InvalidBaseURLError', source: 'the `baseURL` option' });
  });

  test.each(['api.runlet.dev', '/v1', ''])(
    '%j, which is not an absolute URL, is refused with an example',
    (baseURL) => {
      const error = construct({ baseURL });
      expect(error).toBeInstanceOf(InvalidBaseURLError);
      expect((error as Error).message).toMatch(
        /is not a valid URL; write it in full, like https:\/\/api\.runlet\.dev\.$/,
      );
    },
  );
});

describe('an absolute tokenUrl', () => {
  test.each(['https://app.example/api/token', new URL('https://app.example/api/token'), ...loopback])(
    '%s is accepted',
    (tokenUrl) => {
      expect(construct({ tokenUrl })).toBeUndefined();
      expect(() => fetchTokenFromUrl(tokenUrl)).not.toThrow();
    },
  );

  test('http on any other host is refused at construction, and by fetchTokenFromUrl, before any request', () => {
    const error = construct({ tokenUrl: 'http://app.example/api/token' });

    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toMatchObject({ option: 'tokenUrl' });
    expect((error as Error).message).toBe(
      'The tokenUrl option is http://app.example, not https: cookies and client tokens must not travel in clear ' +
        "text. Use https://, a path on the page's origin, or http:// only for a loopback host (localhost, " +
        '127.0.0.1, [::1]).',
    );
    expect(() => fetchTokenFromUrl(new URL('http://app.example/api/token'))).toThrow(InvalidOptionError);
    expect(fetch).not.toHaveBeenCalled();
  });

  test.each(['javascript:alert(1)', 'data:application/json,{}', 'ftp://app.example/token'])(
    '%s is refused',
    (tokenUrl) => {
      expect(construct({ tokenUrl })).toMatchObject({ name: 'InvalidOptionError', option: 'tokenUrl' });
    },
  );

  test('getToken instead of tokenUrl is not a URL, and not checked as one', () => {
    expect(construct({ tokenUrl: undefined, getToken: async () => ({ token: clientToken(), expiresIn: 600 }) })).toBe(
      undefined,
    );
  });
});
