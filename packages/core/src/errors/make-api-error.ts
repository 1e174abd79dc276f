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

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Turns an error response into the right `APIError` subclass, whatever its body looks like. */
export function makeAPIError(init: {
  status: number;
  statusText: string;
  headers: Headers;
  bodyText: string;
  method: string;
  path: string;
  now: number;
}): APIError {
  const envelope = parseEnvelope(init.bodyText);
  // Any code the API sends is kept, so that codes added after this release still reach the caller.
  const code = envelope?.code as ErrorCode | undefined;
  const base: APIErrorInit = {
    status: init.status,
    code,
    message: envelope?.message ?? describeNonJson(init.status, init.statusText, init.bodyText),
    requestId: envelope?.requestId ?? init.headers.get('x-request-id') ?? undefined,
    headers: init.headers,
    details: envelope?.details,
    method: init.method,
    path: init.path,
  };
  if (init.status === 429) {
    const fromBody = typeof envelope?.retryAfter === 'number' ? envelope.retryAfter : undefined;
    return new RateLimitError({
      ...base,
      retryAfter: retryAfterSeconds(init.headers, init.now) ?? fromBody,
      rateLimit: parseRateLimit(init.headers),
    });
  }
  const ErrorClass = CLASS_BY_STATUS[init.status] ?? (init.status >= 500 ? InternalServerError : APIError);
  return new ErrorClass(base);
}

interface Envelope {
  code?: string;
  message?: string;
  requestId?: string;
  retryAfter?: unknown;
  details?: Record<string, unknown>;
}

function parseEnvelope(text: string): Envelope | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    const body: unknown = JSON.parse(text);
    const error = isObject(body) && isObject(body.error) ? body.error : undefined;
    if (!error) return undefined;
    const out: Envelope = {};
    if (typeof error.code === 'string') out.code = error.code;
    if (typeof error.message === 'string') out.message = error.message;
    if (typeof error.requestId === 'string') out.requestId = error.requestId;
    if (error.retryAfter !== undefined) out.retryAfter = error.retryAfter;
    if (isObject(error.details)) out.details = error.details;
    return out;
  } catch {
    return undefined;
  }
}

/** A useful message for a body that is not a Runlet error: an HTML page from a proxy, an empty 500. */
function describeNonJson(status: number, statusText: string, text: string): string {
  const reason = statusText || (status >= 500 ? 'Server error' : 'Error');
  const trimmed = text.trim();
  if (trimmed === '') return `${reason} with an empty body`;
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(trimmed)?.[1]?.trim();
  if (title) return `${reason}: the server answered with an HTML page ("${title}"), likely from a proxy or gateway`;
  const snippet = trimmed.replace(/\s+/g, ' ').slice(0, 120);
  return `${reason}: ${snippet}${trimmed.length > 120 ? '…' : ''}`;
}
