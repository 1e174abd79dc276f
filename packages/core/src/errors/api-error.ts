import type { ErrorCode } from '@runlet/types';
import { redactText } from '../redact.js';
import { RunletError } from './runlet-error.js';

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
  readonly status: number;
  readonly code: ErrorCode | undefined;
  readonly requestId: string | undefined;
  readonly headers: Headers;
  readonly details: Record<string, unknown> | undefined;
  readonly method: string;
  readonly path: string;

  constructor(init: APIErrorInit) {
    const what = init.code ? `${init.status} ${init.code}` : `${init.status}`;
    super(redactText(`${init.message} — ${what}: ${init.method} ${init.path}`));
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.headers = init.headers;
    this.details = init.details;
    this.method = init.method;
    this.path = init.path;
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
