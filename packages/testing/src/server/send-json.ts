import type { ServerResponse } from 'node:http';
import type { ApiError } from '../backend/api-error.js';
import { randomId } from '../backend/random-id.js';

/** Writes a JSON answer (none for 204) that no cache keeps. */
export function sendJson(
  outgoing: ServerResponse,
  status: number,
  json: unknown,
  headers: Record<string, string> = {},
): void {
  const body = status === 204 ? '' : JSON.stringify(json);
  outgoing.writeHead(status, {
    'Cache-Control': 'no-store',
    ...(status === 204 ? {} : { 'Content-Type': 'application/json' }),
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  outgoing.end(body);
}

/** Writes an error envelope, with its request id in `X-Request-Id` like the API's. */
export function sendApiError(outgoing: ServerResponse, error: ApiError, headers: Record<string, string> = {}): void {
  const requestId = randomId('req_');
  sendJson(outgoing, error.status, error.toEnvelope(requestId), { 'X-Request-Id': requestId, ...headers });
}
