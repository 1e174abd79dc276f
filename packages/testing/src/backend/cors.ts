/** Request headers a browser may send to the API. */
export const CORS_ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Idempotency-Key',
  'Last-Event-ID',
  'X-API-Key',
  'X-Timestamp',
  'X-Signature',
  'X-Runlet-Client',
];

/** Response headers a browser page may read. */
export const CORS_EXPOSED_HEADERS = [
  'X-Request-Id',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
  'Retry-After',
  'Idempotent-Replayed',
];

const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';

/** Reflects the request's Origin, so that a page on any origin can read answers (client tokens restrict origins themselves). */
export function applyCors(headers: Headers, origin: string | null, preflight = false): void {
  headers.append('Vary', 'Origin');
  if (origin === null) return;
  headers.set('Access-Control-Allow-Origin', origin);
  if (preflight) {
    headers.set('Access-Control-Allow-Methods', ALLOWED_METHODS);
    headers.set('Access-Control-Allow-Headers', CORS_ALLOWED_HEADERS.join(', '));
    headers.set('Access-Control-Max-Age', '600');
  } else {
    headers.set('Access-Control-Expose-Headers', CORS_EXPOSED_HEADERS.join(', '));
  }
}
