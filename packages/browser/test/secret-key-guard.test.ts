import { isRunletError } from '@runlet/core';
import { createToken } from '@runlet/types';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { assertNotSecret, fetchTokenFromUrl, SecretKeyInBrowserError } from '../src/index.js';
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
