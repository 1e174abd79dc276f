import { expect, test } from 'vitest';
import { TokenManager, type TokenManagerOptions } from '../src/index.js';
import { issuingFetchToken } from './helpers.js';

test('a missing fetchToken fails at construction with an example of what to pass', () => {
  expect(() => new TokenManager({} as TokenManagerOptions)).toThrow(
    /needs a fetchToken function, e\.g\. fetchToken: fetchTokenFromUrl/,
  );
});

test.each([
  [{ maxAttempts: 0 }, /maxAttempts must be an integer ≥ 1/],
  [{ maxAttempts: 1.5 }, /maxAttempts must be an integer ≥ 1/],
  [{ renewAheadFraction: 1 }, /renewAheadFraction must be in \[0, 1\)/],
  [{ minRenewAheadSeconds: -1 }, /minRenewAheadSeconds must be ≥ 0/],
  [{ backoff: { initialMs: -1 } }, /backoff\.initialMs and backoff\.maxMs must be ≥ 0/],
  [{ timeout: 0 }, /timeout must be > 0 ms/],
])('refuses %o at construction', (options, message) => {
  const { fetchToken } = issuingFetchToken();
  expect(() => new TokenManager({ fetchToken, eventTarget: null, ...options })).toThrow(message);
});
