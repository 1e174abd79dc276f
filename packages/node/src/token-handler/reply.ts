import { errorEnvelope } from '@runlet/types';

/** The token endpoint's answers: JSON, never cached. */
const NO_STORE = { 'content-type': 'application/json', 'cache-control': 'no-store' };

/** A JSON answer that no cache keeps. */
export function reply(status: number, body: unknown, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...NO_STORE, ...extra } });
}

/** An error answer in the API's envelope, with any extra headers (`Allow`, `Retry-After`). */
export function refuse(status: number, code: string, message: string, extra: Record<string, string> = {}): Response {
  return reply(status, errorEnvelope({ code, message, status }), extra);
}
