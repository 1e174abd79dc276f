// `createTokenHandler` (@runlet/node) with a fake client, over random requests, `authorize` outcomes and minting
// failures: it always answers a Response (never throws), never shows the server's secret key to the browser or in
// its logs, and never runs `authorize` for an opaque or unlisted origin.
import { APIConnectionError } from '@runlet/core';
import { makeAPIError } from '@runlet/core/internal';
import { createTokenHandler, type Runlet } from '@runlet/node';
import { CLIENT_TOKEN_SCOPES } from '@runlet/types';
import fc from 'fast-check';
import { headerValue, jsonText, tokenOf } from './arbitraries.ts';
import type { FuzzTarget } from './harness.ts';

const SECRET = tokenOf('rl_live_', 'SECRETsecretSECRETsecret012345');
const ENDPOINT = 'https://app.example/api/runlet-token';
const LISTED = 'https://web.example';

type Authorize = 'grant' | 'null' | 'false' | 'response' | 'throw' | 'error-response';
type Mint = 'ok' | 'api-error' | 'rate-limited' | 'connection' | 'untyped';

interface Input {
  method: string;
  origin: string | undefined;
  cors: boolean;
  headers: [string, string][];
  body: string | undefined;
  authorize: Authorize;
  grant: unknown;
  responseStatus: number;
  mint: Mint;
  mintStatus: number;
  retryAfter: string;
}

const origin = fc.oneof(
  fc.constantFrom(undefined, 'null', LISTED, 'https://app.example', 'https://evil.example', 'http://web.example'),
  fc.webUrl().map((url) => new URL(url).origin),
  fc.webUrl(),
  headerValue,
);
const grant = fc.oneof(
  fc.record(
    {
      scopes: fc.oneof(
        fc.subarray([...CLIENT_TOKEN_SCOPES]),
        fc.array(fc.constantFrom('*', 'keys:manage', 'sandbox:read')),
      ),
      ttlSeconds: fc.oneof(fc.integer({ min: 60, max: 3600 }), fc.integer(), fc.double()),
      allowedOrigins: fc.array(fc.oneof(fc.constant(LISTED), fc.webUrl())),
      subject: fc.string(),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

export const tokenHandlerTarget: FuzzTarget<Input> = {
  name: 'token handler (createTokenHandler)',
  arbitrary: fc.record({
    method: fc
      .oneof(
        fc.constantFrom('POST', 'POST', 'GET', 'OPTIONS', 'PUT', 'DELETE', 'PATCH'),
        fc.stringMatching(/^[A-Z]{1,8}$/),
      )
      .filter((method) => !['CONNECT', 'TRACE', 'TRACK'].includes(method)),
    origin,
    cors: fc.boolean(),
    headers: fc.array(
      fc.tuple(
        fc.constantFrom(
          'content-type',
          'cookie',
          'authorization',
          'access-control-request-method',
          'access-control-request-headers',
          'x-forwarded-for',
        ),
        headerValue,
      ),
      { maxLength: 4 },
    ),
    body: fc.option(fc.oneof(jsonText, fc.string()), { nil: undefined }),
    authorize: fc.constantFrom<Authorize>(
      'grant',
      'grant',
      'grant',
      'null',
      'false',
      'response',
      'throw',
      'error-response',
    ),
    grant,
    responseStatus: fc.integer({ min: 200, max: 599 }),
    mint: fc.constantFrom<Mint>('ok', 'ok', 'api-error', 'rate-limited', 'connection', 'untyped'),
    mintStatus: fc.integer({ min: 400, max: 599 }),
    retryAfter: fc.oneof(fc.integer({ min: -5, max: 100 }).map(String), fc.constantFrom('', 'soon', '1e400', 'NaN')),
  }),
  async run(input) {
    const logged: string[] = [];
    let authorized = false;
    let minted = false;
    const client = {
      tokens: {
        create: async (grant: { scopes?: string[] }) => {
          minted = true;
          if (input.mint === 'ok') {
            const token = tokenOf('rl_ct_', 'ct0123456789abcdefABCDEFGHIJKL');
            return {
              token,
              expiresIn: 600,
              expiresAt: '2026-01-01T00:10:00Z',
              serverTime: 1_767_225_600,
              scopes: grant.scopes ?? [],
            };
          }
          if (input.mint === 'connection') {
            throw new APIConnectionError({
              method: 'POST',
              path: '/v1/tokens',
              message: `reset while sending ${SECRET}`,
            });
          }
          if (input.mint === 'untyped') throw new Error(`boom with ${SECRET}`);
          const status = input.mint === 'rate-limited' ? 429 : input.mintStatus;
          throw makeAPIError({
            status,
            statusText: '',
            headers: new Headers(input.retryAfter ? { 'retry-after': input.retryAfter } : {}),
            body: { error: { code: 'VALIDATION_ERROR', message: `Key ${SECRET} may not do this` } },
            method: 'POST',
            path: '/v1/tokens',
            now: Date.now(),
          });
        },
      },
    } as unknown as Runlet;
    const handler = createTokenHandler({
      client,
      ...(input.cors && { cors: { origins: [LISTED] } }),
      logger: { error: (...args: unknown[]) => void logged.push(args.map(String).join(' ')) },
      authorize: () => {
        authorized = true;
        switch (input.authorize) {
          case 'grant':
            return input.grant as never;
          case 'null':
            return null;
          case 'false':
            return false;
          case 'response':
            return new Response('custom', { status: input.responseStatus });
          case 'error-response':
            return Response.error();
          default:
            throw new Error(`authorize failed for ${SECRET}`);
        }
      },
    });
    const headers = new Headers(input.headers);
    if (input.origin !== undefined) headers.set('origin', input.origin);
    const hasBody = input.body !== undefined && input.method !== 'GET' && input.method !== 'HEAD';
    const request = new Request(ENDPOINT, {
      method: input.method,
      headers,
      ...(hasBody && { body: input.body as string }),
    });
    const response = await handler(request);
    if (!(response instanceof Response)) return 'the handler answered something that is not a Response';
    if (response.status < 200 || response.status > 599) return `status ${response.status}`;
    const text = await response.text();
    if (text.includes(SECRET) || [...response.headers.values()].some((value) => value.includes(SECRET)))
      return 'the answer shows the server key';
    if (logged.some((line) => line.includes(SECRET))) return 'the log shows the server key';
    if (request.method === 'POST' && input.origin !== undefined) {
      let listedOrSame = input.origin === LISTED || !input.cors;
      try {
        listedOrSame ||= new URL(input.origin).origin === input.origin && new URL(input.origin).host === 'app.example';
      } catch {}
      if ((input.origin === 'null' || !listedOrSame) && (authorized || minted))
        return `authorize ran for Origin ${input.origin}`;
    }
    return undefined;
  },
  expected: () => false,
};
