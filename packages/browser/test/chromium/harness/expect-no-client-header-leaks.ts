import { findHeaderLeaks, type LoggedRequest } from '@runlet/testing';
import { expect } from 'vitest';

/**
 * Asserts that every request of a `RunletBrowser` succeeded and carries only its own headers (`findHeaderLeaks` of
 * @runlet/testing), with one client token each and neither a key nor a signature.
 */
export function expectNoClientHeaderLeaks(requests: readonly LoggedRequest[]): void {
  for (const { method, path, status, responseBody, headers } of requests) {
    expect(status, `${method} ${path} answered ${status}: ${responseBody}`).toBeLessThan(400);
    expect(headers['x-api-key'], `${method} ${path} carries a key`).toBeUndefined();
  }
  expect(findHeaderLeaks(requests, { credential: /^Bearer rl_ct_[0-9A-Za-z]+$/ })).toEqual([]);
}
