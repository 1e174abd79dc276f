import type { LoggedRequest } from '@runlet/testing';
import { describe, expect, test } from 'vitest';
import { expectNoClientHeaderLeaks } from './harness/expect-no-client-header-leaks.js';

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

describe('expectNoClientHeaderLeaks', () => {
  test('passes a sequence whose every request has only its own headers', () => {
    expect(() => expectNoClientHeaderLeaks([logged('GET', '/v1/me', {}), post(KEY_1), post(KEY_2)])).not.toThrow();
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
      'has one client token',
    ],
    [
      'a secret key instead of a client token',
      [logged('GET', '/v1/me', { authorization: 'Bearer rl_test_abc' })],
      'has one client token',
    ],
    [
      'an SDK header sent twice',
      [logged('GET', '/v1/me', { 'x-runlet-client': 'runlet-browser/1, runlet-browser/1' })],
      'x-runlet-client was sent twice',
    ],
  ])('fails on %s', (_, requests, message) => {
    expect(() => expectNoClientHeaderLeaks(requests)).toThrow(message);
  });
});
