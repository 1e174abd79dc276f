import { afterEach, describe, expect, test, vi } from 'vitest';
import { fetchTokenFromUrl, InvalidOptionError, RunletBrowser } from '../src/index.js';
import { clientToken } from './helpers.js';

// Stubs `location`, so in a file of its own: a tokenUrl is judged once resolved against the page.

const clients: RunletBrowser[] = [];
afterEach(() => {
  for (const runlet of clients.splice(0)) runlet.dispose();
  vi.unstubAllGlobals();
});

function construct(tokenUrl: string): unknown {
  try {
    clients.push(new RunletBrowser({ tokenUrl, baseURL: 'https://api.example', fetch: vi.fn() }));
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('on a page served over http from a host that is not loopback', () => {
  test.each([
    '/api/runlet-token',
    'api/runlet-token',
    'http://intranet.example/api/runlet-token',
    'https://tokens.example/api/runlet-token',
    'http://localhost:3000/api/runlet-token',
  ])('%s (the page’s own origin, https or loopback) is accepted', (tokenUrl) => {
    vi.stubGlobal('location', { href: 'http://intranet.example/dashboard' });
    expect(construct(tokenUrl)).toBeUndefined();
  });

  test.each([
    'http://tokens.example/api/runlet-token',
    '//tokens.example/api/runlet-token',
    'http://intranet.example:8080/api/runlet-token',
  ])('%s (http on another origin) is refused', (tokenUrl) => {
    vi.stubGlobal('location', { href: 'http://intranet.example/dashboard' });
    expect(construct(tokenUrl)).toMatchObject({ name: 'InvalidOptionError', option: 'tokenUrl' });
  });

  test('a relative tokenUrl is then sent to the page’s origin, as the page itself is', async () => {
    vi.stubGlobal('location', { href: 'http://intranet.example/dashboard' });
    const urls: string[] = [];
    const fetch = vi.fn(async (input: RequestInfo | URL) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return Response.json({ token: clientToken(), expiresIn: 600 });
    });
    await fetchTokenFromUrl('/api/runlet-token', { fetch })(new AbortController().signal);
    expect(urls).toEqual(['http://intranet.example/api/runlet-token']);
  });
});

test('on an https page, an http tokenUrl is refused, even on the page’s own host', () => {
  vi.stubGlobal('location', { href: 'https://app.example/' });
  expect(construct('http://app.example/api/runlet-token')).toBeInstanceOf(InvalidOptionError);
  expect(() => fetchTokenFromUrl('//tokens.example/api/token')).not.toThrow(); // https, as the page
});
