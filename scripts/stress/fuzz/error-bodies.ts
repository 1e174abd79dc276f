// Error responses as any server, proxy or gateway may send them: `makeAPIError` (@runlet/core) never throws, returns
// an `APIError` with the status given, a `retryAfter` that is never negative or non-finite, and a message, JSON and
// inspect output without the secret the body echoed; `parseRateLimit` and `retryAfterSeconds` give finite numbers.
import { inspect } from 'node:util';
import { APIError, isRunletError, RateLimitError } from '@runlet/core';
import { makeAPIError, parseRateLimit, retryAfterSeconds } from '@runlet/core/internal';
import fc from 'fast-check';
import { headerValue, jsonText, validToken } from './arbitraries.ts';
import type { FuzzTarget } from './harness.ts';

interface Input {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: unknown;
  secret: string;
  now: number;
}

const NOW = 1_767_225_600_000;
const number = fc.oneof(
  fc.integer({ min: -10, max: 4_000_000_000 }).map(String),
  fc.double().map(String),
  fc.constantFrom('1e400', '-1', 'Infinity', 'NaN', ' 3 ', '0x10', '', '1.5'),
);
const headerName = fc.oneof(
  fc.constantFrom('retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-request-id'),
  fc.constantFrom('content-type', 'retry-after-ms', 'www-authenticate'),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
);
const header = fc.tuple(
  headerName,
  fc.oneof(
    number,
    headerValue,
    fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
  ),
);
const envelope = fc.record(
  {
    code: fc.oneof(fc.constantFrom('RATE_LIMITED', 'INTERNAL_ERROR', 'NOT_FOUND', 'SOMETHING_NEW'), fc.anything()),
    message: fc.oneof(fc.string(), fc.anything()),
    requestId: fc.oneof(fc.string(), fc.anything()),
    retryAfter: fc.oneof(fc.double(), fc.integer(), fc.string(), fc.anything()),
    details: fc.anything(),
  },
  { requiredKeys: [] },
);

export const errorBodiesTarget: FuzzTarget<Input> = {
  name: 'error bodies and headers (makeAPIError, …)',
  arbitrary: fc
    .record({
      status: fc.oneof(
        fc.constantFrom(400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504),
        fc.integer({ min: 200, max: 599 }),
      ),
      statusText: fc.string({ maxLength: 30 }),
      headers: fc.array(header, { maxLength: 6 }),
      secret: validToken(['rl_live_', 'rl_test_', 'rl_ct_', 'rl_sig_']),
      shape: fc.constantFrom('envelope', 'json', 'text', 'html', 'echo', 'anything', 'none'),
      envelope,
      text: fc.oneof(jsonText, fc.string({ unit: 'binary', maxLength: 300 })),
      anything: fc.anything(),
      now: fc.oneof(fc.constant(NOW), fc.integer({ min: 0, max: 4_102_444_800_000 })),
    })
    .map(({ status, statusText, headers, secret, shape, envelope, text, anything, now }): Input => {
      const bodies: Record<string, unknown> = {
        envelope: { error: envelope },
        json: text,
        text,
        html: `<html><head><title>${status} ${text.slice(0, 20)}</title></head><body>${text}</body></html>`,
        // A proxy that echoes the request: the key in the message of an error envelope, and in plain text.
        echo: { error: { ...envelope, message: `Bad token Bearer ${secret} sent` } },
        anything,
        none: undefined,
      };
      return { status, statusText, headers, body: bodies[shape], secret, now };
    }),
  run(input) {
    const headers = new Headers(input.headers);
    const error = makeAPIError({
      status: input.status,
      statusText: input.statusText,
      headers,
      body: input.body,
      method: 'POST',
      path: '/v1/keys',
      now: input.now,
    });
    if (!(error instanceof APIError) || !isRunletError(error)) return 'makeAPIError returned no APIError';
    if (error.status !== input.status) return `status ${error.status} instead of ${input.status}`;
    if (typeof error.message !== 'string' || error.message === '') return 'an empty message';
    if (error instanceof RateLimitError && error.retryAfter !== undefined) {
      if (!Number.isFinite(error.retryAfter) || error.retryAfter < 0) return `retryAfter ${error.retryAfter}`;
    }
    const shown = [error.message, JSON.stringify(error), inspect(error), String(error)].join('\n');
    if (shown.includes(input.secret)) return 'the error shows the secret the body echoed';
    const rate = parseRateLimit(headers);
    if (rate && ![rate.limit, rate.remaining, rate.reset].every(Number.isFinite)) return 'parseRateLimit: non-finite';
    const wait = retryAfterSeconds(headers, input.now);
    if (wait !== undefined && (!Number.isFinite(wait) || wait < 0)) return `retryAfterSeconds gave ${wait}`;
    return undefined;
  },
  expected: () => false,
};
