import { type ErrorCode, type ErrorEnvelope, errorEnvelope, redactText, statusByErrorCode } from '@runlet/types';

export interface ApiErrorOptions {
  details?: Record<string, unknown>;
  retryAfter?: number;
  /** Overrides the status of `code` (injected faults only). */
  status?: number;
}

/**
 * An error answer of the API: thrown anywhere in the backend, turned into an error envelope once. Its message
 * is redacted, so that an id or path that is really a secret (`GET /v1/keys/rl_live_…`) is never echoed.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;
  readonly retryAfter: number | undefined;

  constructor(code: ErrorCode, message: string, options: ApiErrorOptions = {}) {
    super(redactText(message));
    this.name = 'ApiError';
    this.code = code;
    this.status = options.status ?? statusByErrorCode[code];
    this.details = options.details;
    this.retryAfter = options.retryAfter;
  }

  toEnvelope(requestId: string): ErrorEnvelope {
    const { code, message, status, retryAfter, details } = this;
    return errorEnvelope({ code, message, status, requestId, retryAfter, details });
  }
}

export function notFound(what: string, id: string): ApiError {
  return new ApiError('NOT_FOUND', `No ${what} ${id}.`);
}

export function validationError(issues: { path: string; message: string }[]): ApiError {
  const first = issues[0];
  const summary = first ? ` ${first.path}: ${first.message}` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new ApiError('VALIDATION_ERROR', `The request is not valid.${summary}${more}`, { details: { issues } });
}
