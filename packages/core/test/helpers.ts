import { createToken } from '@runlet/types';
import { vi } from 'vitest';

export const KEY = createToken('rl_test_');
export const BASE = 'https://api.runlet.test';

type Responder = Response | Error | ((request: Request) => Response | Error | Promise<Response | Error>);

/** A fetch that answers from a queue (the last responder repeats) and records every request it got. */
export function mockFetch(...responders: Responder[]) {
  const calls: { request: Request; body: string }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const body = request.body ? await request.clone().text() : '';
    calls.push({ request, body });
    const responder = responders[Math.min(calls.length - 1, responders.length - 1)];
    const result = typeof responder === 'function' ? await responder(request) : responder;
    if (result instanceof Error) throw result;
    if (!result) throw new Error('mockFetch: no responder');
    return result.clone();
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'x-request-id': 'req_0123456789abcdef', ...headers },
  });
}

export function apiError(status: number, code: string, extra: Record<string, unknown> = {}, headers = {}): Response {
  return json(
    status,
    { error: { code, message: `${code} happened`, status, requestId: 'req_body0123456789', ...extra } },
    headers,
  );
}

export const principal = {
  object: 'principal',
  type: 'api_key',
  keyId: 'key_7Hq2Lm9Xz1Pa4Rt6',
  tokenId: null,
  name: 'ci',
  keyType: 'service',
  environment: 'test',
  scopes: ['*'],
  tier: 'pro',
  expiresAt: null,
  subject: null,
};

export function apiKey(n: number) {
  return {
    object: 'api_key',
    id: `key_${String(n).padStart(16, '0')}`,
    name: `key ${n}`,
    prefix: 'rl_test_',
    lastFour: 'abcd',
    type: 'service',
    environment: 'test',
    scopes: ['keys:read'],
    profile: null,
    status: 'active',
    tier: 'free',
    createdAt: '2026-01-01T00:00:00Z',
    expiresAt: null,
    lastUsedAt: null,
    revokedAt: null,
    allowedIps: [],
    agentId: null,
    requireSignature: false,
    rotatedFrom: null,
    graceExpiresAt: null,
  };
}

/** Runs `promise` under fake timers, advancing them until it settles; returns the outcome and virtual ms. */
export async function settle<T>(promise: PromiseLike<T>): Promise<{ value?: T; error?: unknown; elapsed: number }> {
  const start = Date.now();
  let done = false;
  const outcome = Promise.resolve(promise).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  void outcome.finally(() => {
    done = true;
  });
  while (!done) await vi.advanceTimersByTimeAsync(10);
  return { ...(await outcome), elapsed: Date.now() - start };
}
