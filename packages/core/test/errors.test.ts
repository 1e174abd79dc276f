import { describe, expect, it } from 'vitest';
import * as copy from '../dist/index.js';
import {
  APIError,
  AuthenticationError,
  ConflictError,
  InternalServerError,
  isRunletError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RunletClient,
  RunletError,
  ValidationError,
} from '../src/index.js';
import { apiError, BASE, mockFetch } from './helpers.js';

const call = async (response: Response, method: 'GET' | 'DELETE' = 'GET') => {
  const client = new RunletClient({ baseURL: BASE, fetch: mockFetch(response).fetch, maxRetries: 0 });
  const path = method === 'GET' ? '/v1/keys' : '/v1/keys/{keyId}';
  return client.request(method, path, { params: { path: { keyId: 'key_1' } } }).then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as APIError,
  );
};

describe('errors', () => {
  it.each([
    [400, 'VALIDATION_ERROR', ValidationError],
    [401, 'INVALID_API_KEY', AuthenticationError],
    [401, 'TOKEN_EXPIRED', AuthenticationError],
    [403, 'FORBIDDEN', PermissionDeniedError],
    [403, 'IP_NOT_ALLOWED', PermissionDeniedError],
    [404, 'NOT_FOUND', NotFoundError],
    [409, 'CONFLICT', ConflictError],
    [429, 'RATE_LIMITED', RateLimitError],
    [500, 'INTERNAL_ERROR', InternalServerError],
  ])('maps %i %s to its class with code, message, request id and details', async (status, code, ErrorClass) => {
    const error = await call(apiError(status, code, { details: { requiredScopes: ['keys:manage'] } }));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(RunletError);
    expect(error).toMatchObject({ status, code, requestId: 'req_body0123456789', method: 'GET', path: '/v1/keys' });
    expect(error.details).toEqual({ requiredScopes: ['keys:manage'] });
    expect(error.headers.get('content-type')).toBe('application/json');
    expect(error.message).toBe(`${code} happened — ${status} ${code}: GET /v1/keys`);
  });

  it('gives a 422 the ValidationError class too', async () => {
    expect(await call(apiError(422, 'VALIDATION_ERROR'))).toBeInstanceOf(ValidationError);
  });

  it('turns an HTML 502 from a proxy into an InternalServerError with a useful message', async () => {
    const html = new Response('<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>', {
      status: 502,
      statusText: 'Bad Gateway',
      headers: { 'content-type': 'text/html', 'x-request-id': 'req_fromheader0001' },
    });
    const error = await call(html);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.code).toBeUndefined();
    expect(error.requestId).toBe('req_fromheader0001');
    expect(error.message).toBe(
      'Bad Gateway: the server answered with an HTML page ("502 Bad Gateway"), likely from a proxy or gateway — 502: GET /v1/keys',
    );
  });

  it('explains an empty 500', async () => {
    const error = await call(new Response('', { status: 500 }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toMatch(/with an empty body — 500: GET \/v1\/keys$/);
  });

  it('quotes a short plain-text body', async () => {
    const error = await call(
      new Response('upstream connect error', { status: 503, statusText: 'Service Unavailable' }),
    );
    expect(error.message).toBe('Service Unavailable: upstream connect error — 503: GET /v1/keys');
  });

  it('gives a status without its own class the APIError base class', async () => {
    const error = await call(new Response('teapot', { status: 418 }));
    expect(error.constructor).toBe(APIError);
    expect(error.status).toBe(418);
  });

  it('ends messages with the method and the path without the query', async () => {
    const error = await call(apiError(404, 'NOT_FOUND'), 'DELETE');
    expect(error.message.endsWith('404 NOT_FOUND: DELETE /v1/keys/key_1')).toBe(true);
  });

  it('recognises errors from another copy of the package', async () => {
    const fromCopy = new copy.RateLimitError({
      status: 429,
      code: 'RATE_LIMITED',
      message: 'slow down',
      requestId: undefined,
      headers: new Headers(),
      details: undefined,
      method: 'GET',
      path: '/v1/me',
      retryAfter: 1,
      rateLimit: undefined,
    });
    expect(fromCopy).not.toBeInstanceOf(RunletError);
    expect(isRunletError(fromCopy)).toBe(true);
    expect(copy.isRunletError(new RunletError('x'))).toBe(true);
    expect(isRunletError(new Error('x'))).toBe(false);
    expect(isRunletError(null)).toBe(false);
  });
});
