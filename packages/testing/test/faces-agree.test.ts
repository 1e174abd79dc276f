import { createToken } from '@runlet/types';
import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunletBackend, createRunletHandlers, type RunletBackend } from '../src/index.js';
import { type RunletMockServer, startRunletMockServer } from '../src/server/index.js';
import { T0, trackBackend } from './support/api.js';

const adminKey = createToken('rl_test_');
const COMPARED_HEADERS = [
  'content-type',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'retry-after',
  'idempotent-replayed',
];

interface Step {
  method: string;
  path: string;
  json?: unknown;
  headers?: Record<string, string>;
  key?: string | null;
  before?: (backend: RunletBackend) => void;
}

/** The ids and secrets that are random by nature, replaced by their kind. */
function normalize(text: string): string {
  return text
    .replace(/\b(key|sbx|run|req|ct)_[0-9A-Za-z]{16}\b/g, '$1_<id>')
    .replace(/\brl_(live|test|ct|sig)_[0-9A-Za-z]{36}\b/g, 'rl_$1_<secret>')
    .replace(/"lastFour":"[0-9A-Za-z]{4}"/g, '"lastFour":"<4>"');
}

let server: RunletMockServer;
let mswBackend: RunletBackend;
let handlers: ReturnType<typeof createRunletHandlers>;

beforeAll(async () => {
  const options = { now: T0, freezeClock: true, validateResponses: true };
  server = await startRunletMockServer({ backend: createRunletBackend(options), adminKey });
  mswBackend = createRunletBackend(options);
  await mswBackend.seedKey({ name: 'mock-admin', persistent: true, secret: adminKey });
  handlers = createRunletHandlers({ backend: mswBackend, baseURL: 'https://api.runlet.dev' });
});
afterAll(() => server.close());

async function answer(face: 'http' | 'msw', step: Step, sandboxId: string | undefined) {
  const headers = new Headers(step.headers);
  if (step.key !== null) headers.set('Authorization', `Bearer ${step.key ?? adminKey}`);
  const path = step.path.replace('{sandbox}', sandboxId ?? 'none');
  const init = {
    method: step.method,
    headers,
    ...(step.json === undefined ? {} : { body: JSON.stringify(step.json) }),
  };
  const response =
    face === 'http'
      ? await fetch(`${server.url}${path}`, init)
      : ((await getResponse(handlers, new Request(`https://api.runlet.dev${path}`, init))) ?? Response.error());
  const text = await response.text();
  const picked = Object.fromEntries(COMPARED_HEADERS.map((name) => [name, response.headers.get(name)]));
  return { status: response.status, headers: picked, body: normalize(text), raw: text };
}

describe('the HTTP server and the msw handlers', () => {
  it('give the same answers to the same requests', async () => {
    trackBackend(server.backend);
    trackBackend(mswBackend);
    const steps: Step[] = [
      { method: 'GET', path: '/v1/me' },
      { method: 'GET', path: '/v1/agents?limit=2' },
      { method: 'POST', path: '/v1/sandboxes', json: { image: 'runlet/python' }, headers: { 'Idempotency-Key': 'i1' } },
      { method: 'POST', path: '/v1/sandboxes', json: { image: 'runlet/python' }, headers: { 'Idempotency-Key': 'i1' } },
      { method: 'POST', path: '/v1/sandboxes/{sandbox}/exec', json: { command: 'echo hi | wc -c; exit 4' } },
      { method: 'POST', path: '/v1/sandboxes/{sandbox}/pause' },
      { method: 'POST', path: '/v1/sandboxes/{sandbox}/exec', json: { command: 'true' } },
      { method: 'POST', path: '/v1/keys', json: { name: 'ro', profile: 'read-only' } },
      { method: 'GET', path: '/v1/keys?limit=1' },
      { method: 'POST', path: '/v1/tokens', json: { scopes: ['sandbox:read'], ttlSeconds: 120 } },
      { method: 'POST', path: '/v1/agents/agt_5d4c3b2a1f0e9d8c/runs', json: { input: 'hello there' } },
      { method: 'POST', path: '/v1/keys', json: { name: '' } },
      { method: 'GET', path: '/v1/sandboxes/sbx_missing' },
      { method: 'GET', path: '/v1/me', key: null },
      { method: 'GET', path: '/v1/me', key: createToken('rl_test_') },
      { method: 'GET', path: '/v1/me', before: (backend) => backend.failNext({ kind: 'html' }) },
      { method: 'GET', path: '/v1/me', before: (backend) => backend.failNext({ status: 429, retryAfter: 7 }) },
      { method: 'OPTIONS', path: '/v1/keys', key: null, headers: { Origin: 'http://localhost:5173' } },
    ];
    let sandboxIds: { http?: string; msw?: string } = {};
    for (const step of steps) {
      step.before?.(server.backend);
      const overHttp = await answer('http', step, sandboxIds.http);
      step.before?.(mswBackend);
      const overMsw = await answer('msw', step, sandboxIds.msw);
      const { raw: httpRaw, ...http } = overHttp;
      const { raw: mswRaw, ...msw } = overMsw;
      expect(http, `${step.method} ${step.path}`).toEqual(msw);
      if (step.path === '/v1/sandboxes' && !sandboxIds.http) {
        sandboxIds = { http: JSON.parse(httpRaw).id, msw: JSON.parse(mswRaw).id };
      }
    }
  });
});
