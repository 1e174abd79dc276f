// The reference backend's request handling (@runlet/testing), with `validateResponses` on: every request, however
// malformed, is answered (never a rejection, never a 500), and every answer matches the spec's schema.
import { createRunletBackend, DEFAULT_AGENTS, type RunletBackend } from '@runlet/testing';
import { apiOperations, SCOPES } from '@runlet/types';
import fc from 'fast-check';
import { headerValue, jsonText, tokenLike } from './arbitraries.ts';
import type { FuzzTarget } from './harness.ts';

const SANDBOX = 'sbx_fuzzFUZZfuzzFUZZ';
const ORIGIN = 'http://127.0.0.1:4010';
const RESET_EVERY = 200;

interface Input {
  route: { method: string; template: string };
  ids: string[];
  query: string;
  auth: 'admin' | 'signed-key' | 'x-api-key' | 'token' | 'garbage' | 'none';
  token: string;
  headers: [string, string][];
  signature: [string, string] | undefined;
  body: string | Uint8Array<ArrayBuffer> | undefined;
  rawTarget: boolean;
}

// Every operation of the spec, its path parameters as `{id}`; and paths that are none.
const OPERATIONS = Object.values(apiOperations).map(({ method, path }) => ({
  method: method.toUpperCase(),
  template: path.replace(/\{\w+\}/g, '{id}'),
}));
const TEMPLATES = [...new Set(OPERATIONS.map((operation) => operation.template)), '/', '/v2/me', '/v1/keys/'];

let backend: RunletBackend;
let admin = { id: '', secret: '' };
let signed = { id: '', secret: '' };
let handled = 0;

const bodyRecord = fc
  .record(
    {
      name: fc.oneof(fc.string({ maxLength: 120 }), fc.anything()),
      scopes: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...SCOPES), fc.string())), fc.anything()),
      profile: fc.constantFrom('read-only', 'sandbox-user', 'admin', 'root'),
      ttlSeconds: fc.oneof(fc.integer(), fc.double()),
      allowedOrigins: fc.array(fc.oneof(fc.webUrl(), fc.string())),
      allowedIps: fc.array(fc.oneof(fc.ipV4(), fc.ipV6(), fc.string())),
      ip: fc.oneof(fc.ipV4(), fc.ipV6(), fc.string()),
      image: fc.string(),
      timeoutSeconds: fc.integer(),
      metadata: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.anything())),
      command: fc.oneof(
        fc.constantFrom('ls -la', 'echo $HOME > a; cat a | wc -c', 'sleep 99999', 'yes | head -n 5'),
        fc.string({ maxLength: 200 }),
      ),
      env: fc.dictionary(fc.string(), fc.string()),
      input: fc.anything(),
      thresholdPercent: fc.oneof(fc.integer(), fc.double()),
      expiresAt: fc.oneof(
        fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
        fc.string(),
        fc.constant(null),
      ),
      gracePeriodSeconds: fc.integer(),
    },
    { requiredKeys: [] },
  )
  .map((record) => JSON.stringify(record));

export const mockServerTarget: FuzzTarget<Input> = {
  name: 'mock server (backend.handle)',
  arbitrary: fc.record({
    route: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...OPERATIONS) },
      {
        weight: 1,
        arbitrary: fc.record({
          method: fc.oneof(
            fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS', 'HEAD'),
            // Forbidden by fetch, or (`patch` in lower case) warned about by undici.
            fc.stringMatching(/^[A-Za-z]{1,8}$/).filter((method) => !/^(connect|trace|track|patch)$/i.test(method)),
          ),
          template: fc.constantFrom(...TEMPLATES),
        }),
      },
    ),
    ids: fc.array(
      fc.oneof(
        fc.constantFrom(
          '{admin}',
          '{signed}',
          SANDBOX,
          DEFAULT_AGENTS[0]?.id ?? 'agt_x',
          '..',
          '.',
          '%2e%2e',
          '',
          '127.0.0.1',
        ),
        fc.string({ unit: 'binary', maxLength: 30 }).map(encodeURIComponent),
        fc.string({ maxLength: 30 }),
      ),
      { minLength: 2, maxLength: 2 },
    ),
    query: fc.oneof(
      fc.constant(''),
      fc.integer({ min: -5, max: 200 }).map((limit) => `?limit=${limit}`),
      fc.string({ maxLength: 30 }).map((cursor) => `?cursor=${encodeURIComponent(cursor)}`),
      fc.string({ maxLength: 40 }).map((query) => `?${query}`),
    ),
    auth: fc.constantFrom<Input['auth']>(
      'admin',
      'admin',
      'admin',
      'signed-key',
      'x-api-key',
      'token',
      'garbage',
      'none',
    ),
    token: tokenLike,
    headers: fc.array(
      fc.tuple(fc.constantFrom('content-type', 'idempotency-key', 'origin', 'x-forwarded-for', 'accept'), headerValue),
      { maxLength: 3 },
    ),
    // Signature headers on a key that does not need them still fail the request: now and then only.
    signature: fc.oneof(
      { weight: 9, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.tuple(headerValue, headerValue) },
    ),
    body: fc.option(fc.oneof(bodyRecord, jsonText, fc.string(), fc.uint8Array({ maxLength: 100 })), { nil: undefined }),
    rawTarget: fc.boolean(),
  }),
  async setup() {
    backend = createRunletBackend({ rateLimits: false, validateResponses: true, maxLoggedRequests: 50 });
    const a = await backend.seedKey({ name: 'fuzz-admin', persistent: true });
    const s = await backend.seedKey({
      name: 'fuzz-signed',
      persistent: true,
      requireSignature: true,
      scopes: ['keys:read'],
    });
    admin = { id: a.key.id, secret: a.secret };
    signed = { id: s.key.id, secret: s.secret };
    reset();
  },
  async run(input) {
    if (++handled % RESET_EVERY === 0) reset();
    const { method, template } = input.route;
    const path = template.replace(/\{id\}/g, (_, offset: number) => {
      const id = input.ids[template.slice(0, offset).includes('{id}') ? 1 : 0] ?? '';
      return id === '{admin}' ? admin.id : id === '{signed}' ? signed.id : id;
    });
    const headers = new Headers(input.headers);
    if (input.signature) {
      headers.set('x-timestamp', input.signature[0]);
      headers.set('x-signature', input.signature[1]);
    }
    const secret = input.auth === 'signed-key' ? signed.secret : admin.secret;
    if (input.auth === 'admin' || input.auth === 'signed-key') headers.set('authorization', `Bearer ${secret}`);
    if (input.auth === 'x-api-key') headers.set('x-api-key', admin.secret);
    if (input.auth === 'token') headers.set('authorization', `Bearer ${input.token.replace(/[^\x20-\x7e]/g, '')}`);
    if (input.auth === 'garbage') headers.set('authorization', input.token.replace(/[^\x20-\x7e]/g, ''));
    const bodyless = /^(get|head)$/i.test(method);
    const request = new Request(ORIGIN + path + input.query, {
      method,
      headers,
      ...(!bodyless && input.body !== undefined && { body: input.body }),
    });
    const response = await backend.handle(request, {
      clientIp: '127.0.0.1',
      ...(input.rawTarget && { target: path + input.query }),
    });
    await response.text();
    if (response.status >= 500) return `answered ${response.status}`;
    return undefined;
  },
  expected: () => false,
};

function reset(): void {
  backend.reset();
  backend.seedSandbox({ id: SANDBOX });
}
