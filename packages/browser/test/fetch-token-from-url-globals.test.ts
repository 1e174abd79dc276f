import { afterEach, expect, test, vi } from 'vitest';
import { fetchTokenFromUrl } from '../src/index.js';
import { clientToken } from './helpers.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

test('looks up globalThis.fetch on every request, so a fetch patched later is used', async () => {
  const fetchToken = fetchTokenFromUrl('https://app.example/api/runlet-token');
  const first = vi.fn(async () => Response.json({ token: clientToken(), expiresIn: 600 }));
  const second = vi.fn(async () => Response.json({ token: clientToken(), expiresIn: 600 }));

  vi.stubGlobal('fetch', first);
  await fetchToken(new AbortController().signal);
  vi.stubGlobal('fetch', second);
  await fetchToken(new AbortController().signal);

  expect(first).toHaveBeenCalledTimes(1);
  expect(second).toHaveBeenCalledTimes(1);
});

test('resolves a relative tokenUrl against the page location', async () => {
  vi.stubGlobal('location', { href: 'https://app.example/dashboard/settings' });
  const urls: string[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(new Request(input, init).url);
    return Response.json({ token: clientToken(), expiresIn: 600 });
  });
  await fetchTokenFromUrl('/api/runlet-token', { fetch })(new AbortController().signal);
  expect(urls).toEqual(['https://app.example/api/runlet-token']);
});
