import { isHTTPError, isTimeoutError } from 'ky';
import type { Call } from '../client/call.js';
import { BodyNotJsonError } from '../validation/body-not-json-error.js';
import { APIConnectionError, APITimeoutError, APIUserAbortError } from './connection-errors.js';
import { makeAPIError } from './make-api-error.js';
import { ResponseValidationError } from './response-validation-error.js';
import { isRunletError, type RunletError } from './runlet-error.js';

/**
 * The one place where what ky throws becomes a Runlet error: `HTTPError` → the `APIError` of its status,
 * `TimeoutError` → `APITimeoutError` (`timeout` or `deadline`), the caller's abort → `APIUserAbortError`,
 * anything else from `fetch` → `APIConnectionError`. Runlet errors (auth, validation) pass through.
 */
export function toRunletError(error: unknown, call: Call): Error {
  if (call.signal?.aborted)
    return new APIUserAbortError({ method: call.method, path: call.path, cause: call.signal.reason });
  if (isRunletError(error)) return error;
  if (!(error instanceof Error)) {
    return new APIConnectionError({ method: call.method, path: call.path, origin: call.origin, cause: error });
  }
  call.mapped ??= new WeakMap();
  const known = call.mapped.get(error);
  if (known) return known;
  const mapped = map(error, call);
  call.mapped.set(error, mapped);
  return mapped;
}

function map(error: Error, call: Call): RunletError {
  const { method, path } = call;
  if (isHTTPError(error)) {
    const { response } = error;
    return makeAPIError({
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      body: error.data,
      method,
      path: path.split('?')[0] ?? path,
      now: Date.now(),
    });
  }
  if (error instanceof BodyNotJsonError) {
    return new ResponseValidationError({
      // Looking the operation up would load every validator (see readBody); the message names the route instead.
      operationId: undefined,
      template: call.template,
      method,
      path,
      status: error.response?.status ?? 200,
      requestId: error.response?.headers.get('x-request-id') ?? undefined,
      issues: [{ path: '$', message: `not JSON: "${error.snippet}"` }],
      reason: 'not-json',
    });
  }
  if (isTimeoutError(error)) {
    // ky gives an attempt the smaller of `timeout` and what is left of the call's `totalTimeout`.
    const left = call.deadlineAt === undefined ? Number.POSITIVE_INFINITY : call.deadlineAt - call.attemptStartedAt;
    const kind = left < call.timeout ? 'deadline' : 'timeout';
    return new APITimeoutError({ method, path, timeout: Math.max(0, Math.min(left, call.timeout)), kind });
  }
  return new APIConnectionError({
    method,
    path,
    origin: call.origin,
    cause: error.name === 'NetworkError' ? error.cause : error,
  });
}
