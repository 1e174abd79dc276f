import { createRunletBackend, type RunletBackend } from '@runlet/testing';

export const APP_ORIGIN = 'https://app.example';
export const TOKEN_URL = `${APP_ORIGIN}/api/runlet-token`;
export const API_URL = 'https://api.runlet.test';

/**
 * A web app in one `fetch`, on web-standard APIs only (it runs in Node and in the edge runtime): `TOKEN_URL` mints a
 * client token on an in-process reference backend with the app's admin key, as `createTokenHandler` would, and
 * requests to `API_URL` reach the backend with the page's `Origin`, as a browser would send them.
 */
export async function startReferenceApp(grant: { ttlSeconds?: number; allowedOrigins?: string[] } = {}) {
  const backend: RunletBackend = createRunletBackend({ freezeClock: true });
  const { secret: adminKey } = await backend.seedKey({ name: 'app-server' });
  const tokenRequests: Request[] = [];

  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    if (request.url === TOKEN_URL) {
      tokenRequests.push(request);
      const minted = await backend.handle(
        new Request(`${API_URL}/v1/tokens`, {
          method: 'POST',
          headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({ scopes: ['sandbox:*'], allowedOrigins: [APP_ORIGIN], ...grant }),
        }),
      );
      const { token, expiresIn } = (await minted.json()) as { token: string; expiresIn: number };
      return Response.json({ token, expiresIn });
    }
    const headers = new Headers(request.headers);
    headers.set('origin', APP_ORIGIN);
    return backend.handle(new Request(request, { headers }));
  };

  /** The backend's log of the calls the client made (not the app's own POST /v1/tokens). */
  const calls = () => backend.requests.filter((request) => request.path !== '/v1/tokens');
  return { backend, fetch, tokenRequests, calls };
}
