import type { ErrorCode } from '@runlet/types';
import { parseRateLimit, retryAfterSeconds } from '../rate-limit.js';
import {
  APIError,
  type APIErrorInit,
  AuthenticationError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  ValidationError,
} from './api-error.js';
import { RateLimitError } from './rate-limit-error.js';

const CLASS_BY_STATUS: Record<number, new (init: APIErrorInit) => APIError> = {
  400: ValidationError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: ValidationError,
};

/** Turns an error response into the right `APIError` subclass, whatever its body looks like. */
export function makeAPIError(init: {
  status: number;
  statusText: string;
  headers: Headers;
  /** The body: parsed JSON, or text (JSON inside is parsed too), or `undefined` when empty or unreadable. */
  body: unknown;
  method: string;
  path: string;
  now: number;
}): APIError {
  const { status, headers } = init;
  const bodyText =
    typeof init.body === 'string' ? init.body : init.body === undefined ? '' : (JSON.stringify(init.body) ?? '');
  let parsed = init.body;
  if (typeof parsed === 'string') {
    try {
      parsed = JSON.parse(parsed);
    } catch {}
  }
  const envelope = typeof parsed === 'object' && parsed !== null ? (parsed as { error?: unknown }).error : undefined;
  const error: Record<string, unknown> = typeof envelope === 'object' && envelope !== null ? { ...envelope } : {};
  const string = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const base: APIErrorInit = {
    status,
    // Any code the API sends is kept, so that codes added after this release still reach the caller.
    code: string(error.code) as ErrorCode | undefined,
    message: string(error.message) ?? describeNonJson(status, init.statusText, bodyText),
    requestId: string(error.requestId) ?? headers.get('x-request-id') ?? undefined,
    headers,
    details:
      typeof error.details === 'object' && error.details ? (error.details as Record<string, unknown>) : undefined,
    method: init.method,
    path: init.path,
  };
  if (status === 429) {
    return new RateLimitError({
      ...base,
      retryAfter: retryAfterSeconds(headers, init.now) ?? seconds(error.retryAfter),
      rateLimit: parseRateLimit(headers),
    });
  }
  return new (CLASS_BY_STATUS[status] ?? (status >= 500 ? InternalServerError : APIError))(base);
}

/** A wait in seconds from a response body: a finite number ≥ 0, else none. */
const seconds = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

/** A useful message for a body that is not a Runlet error: an HTML page from a proxy, an empty 500. */
function describeNonJson(status: number, statusText: string, text: string): string {
  const reason = statusText || (status >= 500 ? 'Server error' : 'Error');
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const title = /<title[^>]*>([^<]*)</i.exec(trimmed)?.[1]?.trim();
  return title
    ? `${reason}: the server answered with an HTML page ("${title}"), likely from a proxy or gateway`
    : trimmed
      ? `${reason}: ${trimmed.length > 120 ? `${trimmed.slice(0, 120)}…` : trimmed}`
      : `${reason} with an empty body`;
}
