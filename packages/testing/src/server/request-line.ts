import { ApiError } from '../backend/api-error.js';

/** `CONNECT`, `TRACE` and `TRACK` cannot become a web `Request` (the Fetch standard forbids them). */
export function isForbiddenMethod(method: string): boolean {
  return /^(CONNECT|TRACE|TRACK)$/i.test(method);
}

export function forbiddenMethodError(method: string): ApiError {
  const message = `${method} is not accepted: no operation of the Runlet API uses it, and fetch forbids it.`;
  return new ApiError('VALIDATION_ERROR', message, { details: { issues: [{ path: 'method', message }] } });
}

/**
 * The path and query of a request target: origin-form (`/v1/me?x=1`) as is, absolute-form (`http://host/v1/me`,
 * as sent to a proxy) without its scheme and authority, which are ignored like `Host`. Null for anything else
 * (`*`, `example.com:443`).
 */
export function pathOfTarget(target: string): string | null {
  if (target.startsWith('/')) return target;
  const authority = /^https?:\/\/[^/?#]*/i.exec(target);
  if (!authority) return null;
  const rest = target.slice(authority[0].length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

export function targetError(): ApiError {
  const message = 'The request target must be a path such as /v1/me, or an absolute http:// URL.';
  return new ApiError('VALIDATION_ERROR', message, { details: { issues: [{ path: 'target', message }] } });
}
