import { type AuthContext, AuthenticationError, RunletClient } from '@runlet/core';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createTokenAuth, type TokenSource } from '../src/index.js';
import { clientToken, createManager, disposeManagers, issuingFetchToken } from './helpers.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  disposeManagers();
  vi.useRealTimers();
});

const context = (signal?: AbortSignal): AuthContext => ({
  method: 'GET',
  path: '/v1/me',
  body: '',
  signal,
});

function authError(code: 'TOKEN_EXPIRED' | 'INVALID_API_KEY') {
  return new AuthenticationError({
    status: 401,
    code,
    message: 'Unauthorized',
    requestId: 'req_1',
    headers: new Headers(),
    details: undefined,
    method: 'GET',
    path: '/v1/me',
  });
}

/** A TokenSource whose tokens the test hands out in order, recording invalidations. */
function scriptedSource(tokens: string[]) {
  const invalidated: string[] = [];
  const signals: (AbortSignal | undefined)[] = [];
  const source: TokenSource = {
    async getToken(signal) {
      signals.push(signal);
      return tokens.shift() ?? 'none';
    },
    invalidate: (token) => invalidated.push(token),
  };
  return { source, invalidated, signals };
}

describe('createTokenAuth', () => {
  test('sends the current client token as a Bearer credential, passing the call signal on', async () => {
    const token = clientToken();
    const { source, signals } = scriptedSource([token]);
    const headers = new Headers();
    const signal = new AbortController().signal;
    await createTokenAuth(source).authenticate(headers, context(signal));
    expect(headers.get('authorization')).toBe(`Bearer ${token}`);
    expect(signals).toEqual([signal]);
  });

  test('after TOKEN_EXPIRED it invalidates the token that attempt used and asks for a retry', async () => {
    const [a, b] = [clientToken(), clientToken()];
    const { source, invalidated } = scriptedSource([a, b]);
    const auth = createTokenAuth(source);
    const first = context();
    const second = context();
    await auth.authenticate(new Headers(), first);
    await auth.authenticate(new Headers(), second);

    expect(await auth.onAuthError?.(authError('TOKEN_EXPIRED'), first)).toBe(true);
    expect(invalidated).toEqual([a]);
  });

  test('other authentication errors are not retried and invalidate nothing', async () => {
    const { source, invalidated } = scriptedSource([clientToken()]);
    const auth = createTokenAuth(source);
    const ctx = context();
    await auth.authenticate(new Headers(), ctx);
    expect(await auth.onAuthError?.(authError('INVALID_API_KEY'), ctx)).toBe(false);
    expect(invalidated).toEqual([]);
  });

  test('describe() shows the current token redacted, or that there is none yet', async () => {
    const token = clientToken();
    const auth = createTokenAuth(createManager({ fetchToken: async () => ({ token, expiresIn: 600 }) }));
    expect(auth.describe?.()).toBe('client token (none yet)');
    await auth.authenticate(new Headers(), context());
    expect(auth.describe?.()).toBe(`client token (rl_ct_…${token.slice(-4)})`);
  });
});

describe('with the core client', () => {
  const expired = () =>
    Response.json(
      { error: { code: 'TOKEN_EXPIRED', message: 'The client token has expired.', status: 401, requestId: 'req_1' } },
      { status: 401 },
    );

  function clientWith(responses: (() => Response)[]) {
    const { fetchToken, issued } = issuingFetchToken(600);
    const sent: (string | null)[] = [];
    const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(new Request(input, init).headers.get('authorization'));
      return (responses.shift() ?? expired)();
    });
    const auth = createTokenAuth(createManager({ fetchToken }));
    const client = new RunletClient({
      baseURL: 'https://api.runlet.test',
      auth,
      fetch,
      validate: 'off',
      maxRetries: 0,
    });
    return { client, fetchToken, issued, sent };
  }

  test('a call answered TOKEN_EXPIRED is retried once with a renewed token', async () => {
    const { client, fetchToken, issued, sent } = clientWith([expired, () => Response.json({ ok: true })]);
    await expect(client.get('/v1/me')).resolves.toEqual({ ok: true });
    expect(fetchToken).toHaveBeenCalledTimes(2);
    expect(sent).toEqual([`Bearer ${issued[0]}`, `Bearer ${issued[1]}`]);
  });

  test('a second TOKEN_EXPIRED for the same call is thrown, not retried again', async () => {
    const { client, sent } = clientWith([expired, expired, () => Response.json({ ok: true })]);
    await expect(client.get('/v1/me')).rejects.toMatchObject({ code: 'TOKEN_EXPIRED', status: 401 });
    expect(sent).toHaveLength(2);
  });
});
