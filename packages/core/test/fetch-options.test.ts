import { describe, expect, it, vi } from 'vitest';
import { RunletClient } from '../src/index.js';
import { BASE, json, principal } from './helpers.js';

describe('the fetchOptions option', () => {
  it('hands runtime extras such as undici’s dispatcher to every fetch, retries included', async () => {
    const dispatcher = { name: 'a proxy agent' };
    const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
      fetch.mock.calls.length === 1
        ? Response.json({ error: { code: 'INTERNAL_ERROR' } }, { status: 503, headers: { 'retry-after': '0' } })
        : json(200, principal),
    );
    const client = new RunletClient({ baseURL: BASE, fetch, fetchOptions: { dispatcher } });
    await expect(client.get('/v1/me')).resolves.toEqual(principal);
    expect(fetch).toHaveBeenCalledTimes(2);
    for (const [, init] of fetch.mock.calls) expect(init).toMatchObject({ dispatcher });
  });

  it('puts standard request options on the request, and never lets them replace the SDK’s own', async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => json(200, principal));
    const client = new RunletClient({
      baseURL: BASE,
      fetch,
      fetchOptions: { cache: 'no-store', method: 'DELETE', redirect: 'follow', headers: { 'x-sneaky': '1' } },
    });
    await client.get('/v1/me');
    const request = fetch.mock.calls[0]?.[0] as Request;
    expect(request.cache).toBe('no-store');
    expect(request.method).toBe('GET');
    expect(request.redirect).toBe('manual');
    expect(request.headers.get('x-sneaky')).toBeNull();
  });
});
