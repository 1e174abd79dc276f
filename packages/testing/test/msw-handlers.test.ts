import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRunletBackend, createRunletHandlers } from '../src/index.js';
import { signatureHeaders } from './support/api.js';
import { specProblems } from './support/spec-check.js';

// The consumer setup of the README, against the global fetch.
const backend = createRunletBackend({ validateResponses: true });
const server = setupServer(...createRunletHandlers({ backend }));

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  expect(specProblems(backend.requests)).toEqual([]);
  server.resetHandlers();
  backend.reset();
});
afterAll(() => server.close());

describe('the msw handlers', () => {
  it('answer fetch calls to https://api.runlet.dev from the backend', async () => {
    const { secret, key } = await backend.seedKey();
    const response = await fetch('https://api.runlet.dev/v1/me', { headers: { Authorization: `Bearer ${secret}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(/^req_[0-9A-Za-z]{16}$/);
    expect(await response.json()).toMatchObject({ keyId: key.id });
    expect(backend.requests).toHaveLength(1);
  });

  it('carry bodies and signatures through untouched', async () => {
    const { secret, signingSecret } = await backend.seedKey({ requireSignature: true });
    const body = JSON.stringify({ name: 'signed', scopes: ['keys:read'] });
    const timestamp = Math.floor(backend.clock.now() / 1000);
    const response = await fetch('https://api.runlet.dev/v1/keys', {
      method: 'POST',
      body,
      headers: {
        Authorization: `Bearer ${secret}`,
        ...signatureHeaders(signingSecret, 'POST', '/v1/keys', body, timestamp),
      },
    });
    expect(response.status).toBe(201);
  });

  it('turn a reset fault into a network error and an HTML fault into an HTML page', async () => {
    const { secret } = await backend.seedKey();
    backend.failNext({ kind: 'reset' });
    await expect(
      fetch('https://api.runlet.dev/v1/me', { headers: { Authorization: `Bearer ${secret}` } }),
    ).rejects.toThrow(TypeError);
    backend.failNext({ kind: 'html', status: 503 });
    const html = await fetch('https://api.runlet.dev/v1/me');
    expect(html.status).toBe(503);
    expect(await html.text()).toContain('503 Service Unavailable');
  });

  it('serve a baseURL with a path and a chosen client address', async () => {
    server.use(...createRunletHandlers({ backend, baseURL: 'http://localhost:3000/api/', clientIp: '203.0.113.5' }));
    const { secret, signingSecret } = await backend.seedKey({ allowedIps: ['203.0.113.0/24'] });
    const timestamp = Math.floor(backend.clock.now() / 1000);
    const response = await fetch('http://localhost:3000/api/v1/agents?limit=1', {
      headers: {
        Authorization: `Bearer ${secret}`,
        ...signatureHeaders(signingSecret, 'GET', '/api/v1/agents?limit=1', '', timestamp),
      },
    });
    expect(response.status).toBe(200);
    expect(backend.requests.at(-1)).toMatchObject({ path: '/api/v1/agents?limit=1', clientIp: '203.0.113.5' });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const outside = await fetch('http://localhost:3000/apiary/v1/me').catch((error: unknown) => error);
    expect(outside).toBeInstanceOf(TypeError);
    expect(String(logged.mock.calls[0]?.[0])).toContain('without a matching request handler');
    logged.mockRestore();
  });

  it('leave requests to other hosts unhandled', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(fetch('https://api.example.com/v1/me')).rejects.toThrow();
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    expect(backend.requests).toHaveLength(0);
  });
});
