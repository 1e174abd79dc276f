import { describe, expect, it } from 'vitest';
import { RunletClient } from '../src/index.js';
import { BASE, json, mockFetch, principal } from './helpers.js';

const headers = {
  'x-ratelimit-limit': '1000',
  'x-ratelimit-remaining': '998',
  'x-ratelimit-reset': '1767229200',
  'x-request-id': 'req_AAAAAAAAAAAAAAAA',
};

describe('rate-limit state, request ids and the raw response', () => {
  it('remembers the last rate-limit state and request id', async () => {
    const client = new RunletClient({ baseURL: BASE, fetch: mockFetch(json(200, principal, headers)).fetch });
    expect(client.lastRateLimit).toBeUndefined();
    await client.get('/v1/me');
    expect(client.lastRateLimit).toEqual({ limit: 1000, remaining: 998, reset: 1767229200 });
    expect(client.lastRequestId).toBe('req_AAAAAAAAAAAAAAAA');
  });

  it('keeps them from error responses too', async () => {
    const error = json(
      404,
      { error: { code: 'NOT_FOUND', message: 'no', status: 404, requestId: 'req_BBBBBBBBBBBBBBBB' } },
      { ...headers, 'x-request-id': 'req_BBBBBBBBBBBBBBBB' },
    );
    const client = new RunletClient({ baseURL: BASE, fetch: mockFetch(error).fetch });
    await client.get('/v1/me').catch(() => {});
    expect(client.lastRequestId).toBe('req_BBBBBBBBBBBBBBBB');
    expect(client.lastRateLimit?.remaining).toBe(998);
  });

  it('gives the raw Response with withResponse()', async () => {
    const client = new RunletClient({ baseURL: BASE, fetch: mockFetch(json(200, principal, headers)).fetch });
    const { data, response, requestId, rateLimit } = await client.get('/v1/me').withResponse();
    expect(data.keyId).toBe(principal.keyId);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(requestId).toBe('req_AAAAAAAAAAAAAAAA');
    expect(rateLimit?.reset).toBe(1767229200);
  });

  it('is a thenable with catch and finally', async () => {
    const client = new RunletClient({ baseURL: BASE, fetch: mockFetch(json(200, principal)).fetch });
    let finished = false;
    await client
      .get('/v1/me')
      .finally(() => {
        finished = true;
      })
      .catch(() => {});
    expect(finished).toBe(true);
    expect(Object.prototype.toString.call(client.get('/v1/me'))).toBe('[object APIPromise]');
  });
});

describe('APIPromise.map', () => {
  it('transforms the data and keeps the raw response', async () => {
    const client = new RunletClient({ baseURL: BASE, fetch: mockFetch(json(200, principal, headers)).fetch });
    const mapped = client.get('/v1/me').map((me) => me.keyId.toUpperCase());
    expect(await mapped).toBe('KEY_7HQ2LM9XZ1PA4RT6');
    const { data, requestId } = await client
      .get('/v1/me')
      .map((me) => me.tier)
      .withResponse();
    expect(data).toBe('pro');
    expect(requestId).toBe('req_AAAAAAAAAAAAAAAA');
  });
});
