// msw 3's interceptor records `new Headers(array)` into that array; the token request must never write into
// the caller's headers. This file starts msw, so it stands alone.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fetchTokenFromUrl } from '../src/index.js';
import { clientToken } from './helpers.js';

const seen: Headers[] = [];
const server = setupServer(
  http.post('https://app.example/api/runlet-token', ({ request }) => {
    seen.push(request.headers);
    return HttpResponse.json({ token: clientToken(), expiresIn: 600 });
  }),
);

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

test('leaves an array of token-request headers as it was, request after request', async () => {
  const headers: [string, string][] = [['x-csrf-token', 'abc']];
  const fetchToken = fetchTokenFromUrl('https://app.example/api/runlet-token', { headers });
  await fetchToken(new AbortController().signal);
  await fetchToken(new AbortController().signal);
  expect(headers).toEqual([['x-csrf-token', 'abc']]);
  expect(seen.map((h) => [h.get('x-csrf-token'), h.get('content-type')])).toEqual([
    ['abc', 'application/json'],
    ['abc', 'application/json'],
  ]);
});

test('an array given to new Headers() is written into while msw intercepts (the trap this guards against)', () => {
  const init: [string, string][] = [['a', '1']];
  new Headers(init).set('b', '2');
  expect(init).toEqual([
    ['a', '1'],
    ['b', '2'],
  ]);
});
