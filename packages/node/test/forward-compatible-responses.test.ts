// A consumer's suite against the reference backend under msw, with the API answering things this release does not
// know yet (new enum values, new fields) and things no release should accept (a missing body, an unlisted status).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRunletBackend, createRunletHandlers } from '@runlet/testing';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { InvalidBaseURLError, InvalidKeyFormatError, ResponseValidationError, Runlet } from '../src/index.js';

const backend = createRunletBackend();
const server = setupServer(...createRunletHandlers({ backend }));
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  backend.reset();
});
afterAll(() => server.close());

const quietLogger = () => ({ error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() });

/** Answers GET /v1/keys with the backend's own list, its first key changed by `change`. */
function editKeyList(change: (key: Record<string, unknown>) => void) {
  server.use(
    http.get('https://api.runlet.dev/v1/keys', async ({ request }) => {
      const real = await backend.handle(request.clone());
      const body = (await real.json()) as { data: Record<string, unknown>[] };
      if (body.data[0]) change(body.data[0]);
      return HttpResponse.json(body, { headers: real.headers });
    }),
  );
}

describe('responses from a newer API', () => {
  it('passes an unknown enum value and unknown fields on, and warns once per field and value', async () => {
    const { secret } = await backend.seedKey();
    editKeyList((key) => {
      key.status = 'suspended';
      key.suspendedReason = 'billing';
    });
    const logger = quietLogger();
    const runlet = new Runlet({ apiKey: secret, env: {}, logger });
    const first = await runlet.keys.list();
    await runlet.keys.list();
    expect(first.data[0]).toMatchObject({ status: 'suspended', suspendedReason: 'billing' });
    const warnings = logger.warn.mock.calls.map(([line]) => String(line));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/ApiKey\.status = "suspended".*@runlet\/node/);
  });

  it('still refuses what would break code: a missing required field, naming what was expected', async () => {
    const { secret } = await backend.seedKey();
    editKeyList((key) => {
      delete key.id;
      key.createdAt = 12;
    });
    const error = await new Runlet({ apiKey: secret, env: {} }).keys.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues).toEqual([
      { path: '$.data[0].id', message: 'missing required field' },
      { path: '$.data[0].createdAt', message: 'expected a string, got a number' },
    ]);
    expect((error as Error).message).toMatch(/Upgrade @runlet\/node/);
  });

  it('refuses an empty body where the spec has one, naming the status, under strict and warn alike', async () => {
    const { secret } = await backend.seedKey();
    for (const validate of ['strict', 'warn'] as const) {
      for (const status of [201, 200]) {
        backend.failNext({ kind: 'empty', status, method: 'POST', path: '/v1/sandboxes' });
        const runlet = new Runlet({ apiKey: secret, env: {}, validate, logger: quietLogger() });
        const error = await runlet.sandboxes.create({ image: 'runlet/base' }).catch((e: unknown) => e);
        expect(error, `${validate} ${status}`).toBeInstanceOf(ResponseValidationError);
        expect((error as Error).message).toMatch(
          status === 201
            ? /^The response of createSandbox cannot be used: expected an object, got nothing\..* 201: POST \/v1\/sandboxes$/
            : /cannot be used: status 200 is not one the API spec lists for createSandbox \(it lists 201\)/,
        );
        expect((error as Error).message).not.toContain("validate: 'warn'");
      }
    }
  });

  it('refuses a 2xx status the spec does not list, under strict and warn alike', async () => {
    const { secret } = await backend.seedKey();
    server.use(http.get('https://api.runlet.dev/v1/me', () => HttpResponse.json({}, { status: 202 })));
    for (const validate of ['strict', 'warn'] as const) {
      const error = await new Runlet({ apiKey: secret, env: {}, validate, logger: quietLogger() })
        .me()
        .catch((e: unknown) => e);
      expect(error, validate).toBeInstanceOf(ResponseValidationError);
      expect((error as Error).message).toMatch(/status 202 is not one the API spec lists for getMe \(it lists 200\)/);
    }
  });
});

describe('what the user got wrong, said plainly', () => {
  it('refuses a base URL that ends in /v1, saying what to pass instead', () => {
    expect(() => new Runlet({ apiKey: 'x', baseURL: 'https://api.runlet.dev/v1', env: {} })).toThrow(
      InvalidBaseURLError,
    );
    expect(() => new Runlet({ baseURL: 'https://api.runlet.dev/v1/', env: {} })).toThrow(
      /ends in \/v1: pass the API root without it, like https:\/\/api\.runlet\.dev;/,
    );
  });

  it('says where a malformed key came from: the option, RUNLET_API_KEY, or a config profile', async () => {
    const { secret } = await backend.seedKey();
    const mistyped = secret.slice(0, -1) + (secret.endsWith('a') ? 'b' : 'a');
    const fromOption = await new Runlet({ apiKey: mistyped, env: {} }).me().catch((e: unknown) => e);
    const fromEnv = await new Runlet({ env: { RUNLET_API_KEY: mistyped } }).me().catch((e: unknown) => e);
    expect(fromOption).toBeInstanceOf(InvalidKeyFormatError);
    expect((fromOption as Error).message).toMatch(/API key from the `apiKey` option/);
    expect((fromEnv as Error).message).toMatch(/API key from RUNLET_API_KEY/);
    expect((fromEnv as Error).message).not.toContain(mistyped);
    expect(backend.requests).toHaveLength(0);
  });

  it('names the origin and the cause when the API cannot be reached', async () => {
    // A port that was free a moment ago: nothing listens there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    server.close();
    try {
      const { secret } = await backend.seedKey();
      const runlet = new Runlet({ apiKey: secret, baseURL: `http://127.0.0.1:${port}`, env: {}, maxRetries: 0 });
      const error = await runlet.me().catch((e: unknown) => e);
      expect((error as Error).message).toMatch(
        new RegExp(
          `^Could not reach the Runlet API at http://127\\.0\\.0\\.1:${port} \\(ECONNREFUSED.*\\): GET /v1/me$`,
        ),
      );
    } finally {
      server.listen({ onUnhandledFrame: 'error' });
    }
  });

  it('logs the full URL, redacted headers, body size, status, duration, request id and each retry decision at debug', async () => {
    const { secret } = await backend.seedKey();
    backend.failNext({ status: 503, retryAfter: 0, path: '/v1/sandboxes', method: 'POST' });
    const logger = quietLogger();
    const runlet = new Runlet({ apiKey: secret, env: {}, logLevel: 'debug', logger });
    await runlet.sandboxes.create({ image: 'runlet/base' });
    const lines = logger.debug.mock.calls.map(([line]) => String(line)).join('\n');
    expect(lines).toMatch(
      /→ POST https:\/\/api\.runlet\.dev\/v1\/sandboxes .*"authorization":"Bearer rl_test_…\w{4}".* \d+ B body/,
    );
    expect(lines).toMatch(/← 503 POST https:\/\/api\.runlet\.dev\/v1\/sandboxes in \d+ ms, req_\w+/);
    expect(lines).toMatch(/retrying POST \/v1\/sandboxes in 0 ms \(retry 1 of 2\) after 503/);
    expect(lines).toMatch(/← 201 POST/);
    expect(lines).not.toContain(secret);
  });
});
