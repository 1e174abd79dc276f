import type { LoggedRequest } from '@runlet/testing';
import { expect } from 'vitest';

/**
 * Asserts that no request of a `RunletBrowser` carries a header that belongs to another: `idempotency-key` only on
 * a mutating request (each its own), `content-type` only with a body, one `Bearer rl_ct_…` per request, and no SDK
 * header with two values joined by `, `. The browser's twin of @runlet/node's `expectNoHeaderLeaks`.
 */
export function expectNoClientHeaderLeaks(requests: readonly LoggedRequest[]): void {
  const idempotencyKeys = new Set<string>();
  for (const request of requests) {
    const where = `${request.method} ${request.path}`;
    const key = request.headers['idempotency-key'];
    expect(request.status, `${where} answered ${request.status}: ${request.responseBody}`).toBeLessThan(400);
    if (request.method !== 'GET') {
      expect(key, `${where} has its own Idempotency-Key`).toMatch(/^rl-idem-[0-9a-f-]{36}$/);
      expect(idempotencyKeys.has(key as string), `${where} reuses an earlier Idempotency-Key`).toBe(false);
      idempotencyKeys.add(key as string);
    } else {
      expect(key, `${where} carries an Idempotency-Key`).toBeUndefined();
    }
    if (request.body !== '') expect(request.headers['content-type'], where).toBe('application/json');
    else expect(request.headers['content-type'], `${where} has no body but a content-type`).toBeUndefined();
    expect(request.headers.authorization, `${where} has one client token`).toMatch(/^Bearer rl_ct_[0-9A-Za-z]+$/);
    expect(request.headers['x-api-key'], `${where} carries a key`).toBeUndefined();
    expect(request.headers['x-signature'], `${where} is signed by a browser`).toBeUndefined();
    for (const name of SDK_HEADERS) {
      const value = request.headers[name];
      expect(value?.includes(', '), `${where}: ${name} was sent twice (${value})`).not.toBe(true);
    }
  }
}

const SDK_HEADERS = ['accept', 'authorization', 'content-type', 'idempotency-key', 'x-runlet-client'];
