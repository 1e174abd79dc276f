import type { ErrorCode } from '@runlet/types';
import { redactText } from '@runlet/types/tokens';
import { RunletError } from './runlet-error.js';

/** What an `APIError` is made from: the response's status, code, message, request id, headers and details. */
export interface APIErrorInit {
  status: number;
  /** The API's error code, or `undefined` when the body was not a Runlet error (an HTML 502 from a proxy). */
  code: ErrorCode | undefined;
  message: string;
  requestId: string | undefined;
  headers: Headers;
  details: Record<string, unknown> | undefined;
  method: string;
  path: string;
}

/** The API answered with an error status. Subclasses by status: see `makeAPIError`. */
export class APIError extends RunletError {
  override name = 'APIError';
  declare readonly status: number;
  declare readonly code: ErrorCode | undefined;
  declare readonly requestId: string | undefined;
  declare readonly headers: Headers;
  declare readonly details: Record<string, unknown> | undefined;
  declare readonly method: string;
  declare readonly path: string;

  constructor(init: APIErrorInit) {
    const { message, ...fields } = init;
    super(redactText(`${message} — ${init.status}${init.code ? ` ${init.code}` : ''}: ${init.method} ${init.path}`));
    // Every other field of `init` (a subclass's too) becomes a property of the error.
    Object.assign(this, fields);
  }
}

/** 400 or 422: the request was not valid; `details.issues` says why. */
export class ValidationError extends APIError {
  override name = 'ValidationError';
}
/** 401: missing, unknown, revoked or expired credentials, or a bad signature. */
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}
/** 403: a missing scope (`details.requiredScopes`), or an IP or origin not allowed. */
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
}
/** 404. */
export class NotFoundError extends APIError {
  override name = 'NotFoundError';
}
/** 409: a state that forbids the change, or an idempotency key reused with another body. */
export class ConflictError extends APIError {
  override name = 'ConflictError';
}
/** 5xx. */
export class InternalServerError extends APIError {
  override name = 'InternalServerError';
}
