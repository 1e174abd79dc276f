import type { ApiError } from './api-error.js';
import { applyCors } from './cors.js';
import type { RateLimitSnapshot } from './rate-limiter.js';
import type { StreamEvent } from './stream-event.js';

/** A response before headers: what the backend decided to answer. */
export interface Answer {
  status: number;
  body: string;
  contentType: string | null;
  retryAfter?: number | undefined;
  replayed?: boolean;
  /** Set for a `text/event-stream` answer: its events, sent as the backend clock reaches them. */
  events?: readonly StreamEvent[] | undefined;
}

export function jsonAnswer(status: number, body: unknown): Answer {
  return { status, body: JSON.stringify(body), contentType: 'application/json' };
}

export function streamAnswer(events: readonly StreamEvent[]): Answer {
  return { status: 200, body: '', contentType: 'text/event-stream', events };
}

export function errorAnswer(error: ApiError, requestId: string): Answer {
  return { ...jsonAnswer(error.status, error.toEnvelope(requestId)), retryAfter: error.retryAfter };
}

/** The HTTP response of an answer, with the headers every response has. */
export function toResponse(
  answer: Answer,
  requestId: string,
  rate: RateLimitSnapshot,
  origin: string | null,
  stream?: ReadableStream<Uint8Array>,
): Response {
  const headers = new Headers({
    'Cache-Control': 'no-store',
    'X-Request-Id': requestId,
    'X-RateLimit-Limit': String(rate.limit),
    'X-RateLimit-Remaining': String(rate.remaining),
    'X-RateLimit-Reset': String(rate.reset),
  });
  if (answer.contentType !== null) headers.set('Content-Type', answer.contentType);
  if (answer.retryAfter !== undefined) headers.set('Retry-After', String(answer.retryAfter));
  if (answer.replayed) headers.set('Idempotent-Replayed', 'true');
  // Framed as on the wire, so that a stream cut short reads as an error, not as a body ended by the close (msw
  // writes a body of unknown length as close-delimited: https://github.com/mswjs/interceptors, MockHttpSocket).
  if (stream) headers.set('Transfer-Encoding', 'chunked');
  applyCors(headers, origin, answer.status === 204);
  // An empty string would make Response add `Content-Type: text/plain`.
  return new Response(stream ?? (answer.body === '' ? null : answer.body), { status: answer.status, headers });
}
