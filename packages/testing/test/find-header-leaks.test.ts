import { describe, expect, test } from 'vitest';
import { findHeaderLeaks, type LoggedRequest } from '../src/index.js';

const TOKEN = 'Bearer rl_ct_ZyftYc55HzehjcTmaDNH2gX0aVwgmG3uy92C';
const KEY_1 = 'rl-idem-b5554800-4426-4ffc-8be9-e44bd1eefe26';
const KEY_2 = 'rl-idem-0c1e8a52-94d1-4a8e-9a57-2f1e3b7c6d10';

function logged(method: string, path: string, headers: Record<string, string>, body = ''): LoggedRequest {
  return {
    requestId: 'req_0000000000000000',
    method,
    path,
    url: `https://api.runlet.dev${path}`,
    headers: { accept: 'application/json', authorization: TOKEN, ...headers },
    body,
    json: body === '' ? undefined : JSON.parse(body),
    status: 200,
    responseBody: '{}',
    responseHeaders: {},
    keyId: null,
    tokenId: 'ct_0000000000000000',
    operationId: null,
    clientIp: '127.0.0.1',
    time: 0,
  };
}

const post = (key: string) =>
  logged('POST', '/v1/sandboxes', { 'content-type': 'application/json', 'idempotency-key': key }, '{"image":"x"}');

describe('findHeaderLeaks', () => {
  test('passes a sequence whose every request has only its own headers', () => {
    expect(findHeaderLeaks([logged('GET', '/v1/me', {}), post(KEY_1), post(KEY_2)])).toEqual([]);
  });

  test.each([
    [
      'an earlier POST’s Idempotency-Key on a GET',
      [post(KEY_1), logged('GET', '/v1/me', { 'idempotency-key': KEY_1 })],
      'GET /v1/me carries an Idempotency-Key',
    ],
    ['an earlier POST’s Idempotency-Key on the next POST', [post(KEY_1), post(KEY_1)], 'reuses an earlier'],
    [
      'a content-type without a body',
      [post(KEY_1), logged('GET', '/v1/me', { 'content-type': 'application/json' })],
      'GET /v1/me has no body but a content-type',
    ],
    [
      'two client tokens joined into one header',
      [logged('GET', '/v1/me', { authorization: `${TOKEN}, ${TOKEN}` })],
      'does not carry exactly one credential',
    ],
    [
      'a secret key instead of a client token',
      [logged('GET', '/v1/me', { authorization: 'Bearer rl_test_abc' })],
      'does not carry exactly one credential',
    ],
    [
      'an SDK header sent twice',
      [logged('GET', '/v1/me', { 'x-runlet-client': 'runlet-browser/1, runlet-browser/1' })],
      'x-runlet-client was sent twice',
    ],
  ])('finds %s', (_, requests, message) => {
    const problems = findHeaderLeaks(requests, { credential: /^Bearer rl_ct_[0-9A-Za-z]+$/ });
    expect(problems).toContainEqual(expect.stringContaining(message));
  });

  test('with signed, finds a request without a signature and a signature used twice', () => {
    const signed = (signature?: string) =>
      logged('GET', '/v1/me', signature === undefined ? {} : { 'x-signature': signature });
    expect(findHeaderLeaks([signed('ab'), signed('ab'), signed()], { signed: true })).toEqual([
      'GET /v1/me repeats an earlier signature',
      'GET /v1/me is not signed',
    ]);
    expect(findHeaderLeaks([signed('ab')])).toEqual(['GET /v1/me is signed by a client that does not sign']);
  });
});
