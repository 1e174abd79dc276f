import { describe, expect, test, vi } from 'vitest';
import { fetchTokenFromUrl, TokenExchangeError } from '../src/index.js';
import { clientToken } from './helpers.js';

const TOKEN_URL = 'https://app.example/api/runlet-token';
const signal = () => new AbortController().signal;

/** An injected fetch that records each request and answers with `respond()`. */
function recordingFetch(respond: () => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(new Request(input, init));
    return respond();
  });
  return { fetch, requests };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('expected a rejection'),
    (error: unknown) => error,
  );

describe('the request', () => {
  test('POSTs JSON with cookies included and returns the token and its lifetime', async () => {
    const token = clientToken();
    const { fetch, requests } = recordingFetch(() => Response.json({ token, expiresIn: 600, expiresAt: 'x' }));
    const fetchToken = fetchTokenFromUrl(TOKEN_URL, { fetch });
    expect(await fetchToken(signal())).toEqual({ token, expiresIn: 600 });

    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(TOKEN_URL);
    expect(request?.headers.get('accept')).toBe('application/json');
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(await request?.text()).toBe('{}');
    expect(request?.credentials).toBe('include');
  });

  test('sends the given body, credentials and headers, calling a headers function per request', async () => {
    let csrf = 0;
    const { fetch, requests } = recordingFetch(() => Response.json({ token: clientToken(), expiresIn: 600 }));
    const fetchToken = fetchTokenFromUrl(TOKEN_URL, {
      fetch,
      body: { scopes: ['agent:run'] },
      credentials: 'same-origin',
      headers: async () => ({ 'X-CSRF-Token': `csrf-${++csrf}` }),
    });
    await fetchToken(signal());
    await fetchToken(signal());

    expect(requests.map((r) => r.headers.get('x-csrf-token'))).toEqual(['csrf-1', 'csrf-2']);
    expect(await requests[0]?.json()).toEqual({ scopes: ['agent:run'] });
    expect(requests[0]?.credentials).toBe('same-origin');
  });

  test('passes the signal on, and an abort rejects with its reason', async () => {
    const controller = new AbortController();
    // Like fetch: rejects when the request's signal aborts, or at once when it already has.
    const fetch = vi.fn(
      (input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_, reject) => {
          const { signal } = new Request(input, init);
          if (signal.aborted) reject(new TypeError('aborted'));
          signal.addEventListener('abort', () => reject(new TypeError('aborted')));
        }),
    );
    const pending = fetchTokenFromUrl(TOKEN_URL, { fetch })(controller.signal);
    const reason = new Error('superseded');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  test('a relative tokenUrl where there is no page location is a final error that asks for an absolute URL', async () => {
    const { fetch } = recordingFetch(() => Response.json({}));
    const error = await failure(fetchTokenFromUrl('/api/runlet-token', { fetch })(signal()));
    expect(error).toMatchObject({ final: true, message: expect.stringMatching(/pass an absolute URL/) });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('statuses', () => {
  test.each([401, 403])('%i is final, carries the status and what the endpoint said', async (status) => {
    const { fetch } = recordingFetch(() => Response.json({ error: { message: 'Sign in first.' } }, { status }));
    const error = await failure(fetchTokenFromUrl(TOKEN_URL, { fetch })(signal()));
    expect(error).toBeInstanceOf(TokenExchangeError);
    expect(error).toMatchObject({ status, final: true });
    expect((error as Error).message).toContain('Sign in first.');
    expect((error as Error).message).toMatch(/POST https:\/\/app\.example\/api\/runlet-token$/);
  });

  test('a TOKEN_GRANT_INVALID answer (the endpoint grants what the API refuses) is final, after one request', async () => {
    const { fetch } = recordingFetch(() =>
      Response.json(
        { error: { code: 'TOKEN_GRANT_INVALID', message: 'The token endpoint is misconfigured.', status: 500 } },
        { status: 500 },
      ),
    );
    const error = await failure(fetchTokenFromUrl(TOKEN_URL, { fetch })(signal()));
    expect(error).toMatchObject({ status: 500, final: true });
    expect((error as Error).message).toMatch(/TOKEN_GRANT_INVALID.*not retried/);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test.each([500, 502, 503, 429, 404])('%i is retryable and carries the status', async (status) => {
    const { fetch } = recordingFetch(() => new Response('<html>oops</html>', { status }));
    const error = await failure(fetchTokenFromUrl(TOKEN_URL, { fetch })(signal()));
    expect(error).toMatchObject({ status, final: false });
  });

  test('a network error is retryable and keeps its cause', async () => {
    const cause = new TypeError('Failed to fetch');
    const fetch = vi.fn(async () => {
      throw cause;
    });
    const error = await failure(fetchTokenFromUrl(TOKEN_URL, { fetch })(signal()));
    expect(error).toMatchObject({ status: undefined, final: false, cause });
  });
});

describe('the response body', () => {
  test('a 200 that is not JSON is retryable, and an HTML page gets a hint about tokenUrl', async () => {
    const { fetch } = recordingFetch(
      () => new Response('<!doctype html><title>App</title>', { headers: { 'content-type': 'text/html' } }),
    );
    const error = await failure(fetchTokenFromUrl(TOKEN_URL, { fetch })(signal()));
    expect(error).toMatchObject({ status: 200, final: false, message: expect.stringMatching(/does tokenUrl point/) });
  });

  test.each([
    ['no token', { expiresIn: 600 }, /no string `token`/],
    ['no expiresIn', { token: clientToken() }, /positive number of seconds, got nothing/],
    ['expiresIn as a string', { token: clientToken(), expiresIn: '600' }, /positive number of seconds, got a string/],
    ['a negative expiresIn', { token: clientToken(), expiresIn: -5 }, /got -5/],
    ['an array', [clientToken()], /must be an object \{ token, expiresIn \}, got an array/],
  ])('a body with %s is a final error saying what is missing', async (_, body, message) => {
    const { fetch } = recordingFetch(() => Response.json(body));
    const error = await failure(fetchTokenFromUrl(TOKEN_URL, { fetch })(signal()));
    expect(error).toMatchObject({ final: true, message: expect.stringMatching(message) });
  });

  test('expiresAt without expiresIn is refused with the reason the browser needs expiresIn', async () => {
    const { fetch } = recordingFetch(() =>
      Response.json({ token: clientToken(), expiresAt: new Date(Date.now() + 600_000).toISOString() }),
    );
    const error = await failure(fetchTokenFromUrl(TOKEN_URL, { fetch })(signal()));
    expect(error).toMatchObject({
      final: true,
      message: expect.stringMatching(/has `expiresAt` but no `expiresIn`.*clock may be wrong/),
    });
  });
});
