import { type ApiOperationId, apiOperations, ERROR_CODES } from '@runlet/types';
import { describe, expect, it } from 'vitest';
import { createTestApi, signatureHeaders, T0 } from './support/api.js';
import { specProblems } from './support/spec-check.js';

describe('the whole API', () => {
  it('answers every operation and every error code, each response parsing with its schema', async () => {
    const { call, backend, adminKey } = await createTestApi();
    const key = { key: adminKey };
    await call('GET', '/v1/me', key);
    const created = (
      await call('POST', '/v1/keys', { ...key, json: { name: 'signer', scopes: ['*'], requireSignature: true } })
    ).body;
    await call('GET', '/v1/keys', key);
    await call('GET', `/v1/keys/${created.id}`, key);
    await call('PATCH', `/v1/keys/${created.id}`, { ...key, json: { name: 'signer-2' } });
    await call('POST', `/v1/keys/${created.id}/allowed-ips`, { ...key, json: { ip: '10.0.0.0/8' } });
    await call('DELETE', `/v1/keys/${created.id}/allowed-ips/10.0.0.0%2F8`, key);
    await call('PUT', `/v1/keys/${created.id}/alert`, { ...key, json: { thresholdPercent: 90 } });
    await call('GET', `/v1/keys/${created.id}/usage`, key);
    const rotated = (await call('POST', `/v1/keys/${created.id}/rotate`, key)).body;
    await call('DELETE', `/v1/keys/${rotated.id}`, key);
    const token = (
      await call('POST', '/v1/tokens', {
        ...key,
        json: { scopes: ['sandbox:read'], allowedOrigins: ['https://a.example'] },
      })
    ).body.token;
    const sandbox = (await call('POST', '/v1/sandboxes', { ...key, json: {} })).body;
    await call('GET', '/v1/sandboxes', key);
    await call('GET', `/v1/sandboxes/${sandbox.id}`, key);
    await call('POST', `/v1/sandboxes/${sandbox.id}/exec`, { ...key, json: { command: 'echo hi' } });
    await call('POST', `/v1/sandboxes/${sandbox.id}/exec`, { ...key, json: { command: 'echo hi', stream: true } });
    await call('POST', `/v1/sandboxes/${sandbox.id}/pause`, key);
    await call('POST', `/v1/sandboxes/${sandbox.id}/resume`, key);
    await call('DELETE', `/v1/sandboxes/${sandbox.id}`, key);
    const agents = (await call('GET', '/v1/agents', key)).body.data;
    await call('GET', `/v1/agents/${agents[0].id}`, key);
    const run = (await call('POST', `/v1/agents/${agents[0].id}/runs`, { ...key, json: { input: 'hi' } })).body;
    await call('GET', `/v1/runs/${run.id}`, key);
    await call('GET', '/v1/runs', key);
    await call('GET', `/v1/runs/${run.id}/events`, key);

    await call('GET', '/v1/me');
    await call('GET', '/v1/me', { key: 'rl_test_nope' });
    await call('GET', '/v1/me', { key: (await backend.seedKey({ expiresAt: '2025-01-01T00:00:00Z' })).secret });
    const signer = await backend.seedKey({ requireSignature: true });
    await call('GET', '/v1/me', { key: signer.secret });
    await call('GET', '/v1/me', {
      key: signer.secret,
      headers: signatureHeaders(signer.signingSecret, 'GET', '/v1/me', '', T0 / 1000 - 301),
    });
    await call('GET', '/v1/sandboxes', { key: token, headers: { Origin: 'https://b.example' } });
    await call('POST', '/v1/sandboxes', { key: token, json: {}, headers: { Origin: 'https://a.example' } });
    await call('GET', '/v1/me', {
      key: (await backend.seedKey({ allowedIps: ['10.0.0.1'] })).secret,
      clientIp: '10.0.0.2',
    });
    await call('GET', '/v1/runs/run_missing', key);
    await call('POST', `/v1/sandboxes/${sandbox.id}/pause`, key);
    await call('POST', '/v1/sandboxes', { ...key, json: { image: '' } });
    backend.failNext({ path: '/v1/agents' });
    await call('GET', '/v1/agents', key);
    const free = await backend.seedKey({ tier: 'free' });
    for (let i = 0; i <= 10; i++) await call('GET', '/v1/me', { key: free.secret });
    backend.clock.advance(601_000);
    await call('GET', '/v1/sandboxes', { key: token, headers: { Origin: 'https://a.example' } });

    const log = backend.requests;
    const succeeded = new Set(log.filter((entry) => entry.status < 400).map((entry) => entry.operationId));
    expect([...succeeded].sort()).toEqual((Object.keys(apiOperations) as ApiOperationId[]).sort());
    const codes = new Set(
      log.filter((entry) => entry.status >= 400).map((entry) => JSON.parse(entry.responseBody).error.code),
    );
    expect([...codes].sort()).toEqual([...ERROR_CODES].sort());
    expect(specProblems(log)).toEqual([]);
  });
});

describe('the spec check of the tests', () => {
  it('flags a body that breaks its schema, a wrong error status and missing headers', () => {
    const headers = {
      'content-type': 'application/json',
      'x-request-id': 'req_0123456789abcdef',
      'x-ratelimit-limit': '1',
      'x-ratelimit-remaining': '1',
      'x-ratelimit-reset': '1',
    };
    const entry = {
      requestId: 'req_0123456789abcdef',
      method: 'GET',
      path: '/v1/me',
      url: 'https://api.runlet.dev/v1/me',
      headers: {},
      body: '',
      keyId: null,
      tokenId: null,
      clientIp: null,
      time: T0,
      operationId: 'getMe' as const,
    };
    const error = { code: 'NOT_FOUND', message: 'x', status: 404, requestId: 'req_0123456789abcdef' };
    expect(
      specProblems([
        { ...entry, status: 200, responseBody: '{"object":"principal"}', responseHeaders: headers },
        { ...entry, status: 401, responseBody: JSON.stringify({ error }), responseHeaders: headers },
        {
          ...entry,
          status: 429,
          responseBody: JSON.stringify({ error: { ...error, status: 429 } }),
          responseHeaders: {},
        },
      ]),
    ).toEqual([
      expect.stringContaining('GET /v1/me → 200: [{'),
      'GET /v1/me → 401: error.status is 404',
      'GET /v1/me → 429: no X-Request-Id',
      'GET /v1/me → 429: no x-ratelimit-limit',
      'GET /v1/me → 429: no x-ratelimit-remaining',
      'GET /v1/me → 429: no x-ratelimit-reset',
      'GET /v1/me → 429: no Retry-After',
    ]);
  });
});
