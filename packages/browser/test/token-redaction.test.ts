import { createToken } from '@runlet/types';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fetchTokenFromUrl, TokenExchangeError } from '../src/index.js';
import { clientToken, createManager, disposeManagers } from './helpers.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  disposeManagers();
  vi.useRealTimers();
});

/** A client token with its last checksum character changed. */
function mistyped(): string {
  const token = clientToken();
  return token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
}

test.each([
  ['a checksum that does not match', mistyped()],
  ['a truncated token', clientToken().slice(0, -3)],
  ['an unknown prefix', `rl_xx_${'a'.repeat(36)}`],
])('a token with %s is a final error that does not show it', async (_, token) => {
  const fetchToken = vi.fn(async () => ({ token, expiresIn: 600 }));
  const manager = createManager({ fetchToken });
  const error = await manager.getToken().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TokenExchangeError);
  expect(error).toMatchObject({ final: true, message: expect.stringMatching(/not a valid client token/) });
  expect((error as Error).message).not.toContain(token);
  expect((error as Error).message).not.toContain(token.slice(6, 20));
  expect(fetchToken).toHaveBeenCalledTimes(1);
});

test('an error message from the token endpoint is shown with its tokens redacted', async () => {
  const leaked = clientToken();
  const fetch = async () => Response.json({ error: { message: `cannot refresh ${leaked}` } }, { status: 503 });
  const error = await fetchTokenFromUrl('https://app.example/api/token', { fetch })(new AbortController().signal).catch(
    (e: unknown) => e,
  );
  expect((error as Error).message).toContain(`cannot refresh rl_ct_…${leaked.slice(-4)}`);
  expect((error as Error).message).not.toContain(leaked);
});

test("a token inside a token source's own error is redacted when it is wrapped", async () => {
  const secret = createToken('rl_live_');
  const fetchToken = vi.fn(async () => {
    throw new Error(`upstream rejected ${secret}`);
  });
  const manager = createManager({ fetchToken, maxAttempts: 1 });
  const error = await manager.getToken().catch((e: unknown) => e);
  expect((error as Error).message).toContain('upstream rejected rl_live_…');
  expect((error as Error).message).not.toContain(secret);
});

test('describe() and JSON show at most the prefix and last four characters', async () => {
  const token = clientToken();
  const manager = createManager({ fetchToken: async () => ({ token, expiresIn: 600 }) });
  expect(manager.describe()).toBe('client token (none yet)');
  await manager.getToken();
  expect(manager.describe()).toBe(`client token (rl_ct_…${token.slice(-4)})`);
  expect(JSON.stringify({ manager })).not.toContain(token);
  expect(JSON.stringify({ manager })).toContain(token.slice(-4));
});
