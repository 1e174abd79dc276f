import { ApiError } from './api-error.js';
import type { StreamEvent } from './stream-event.js';

const RETENTION_MS = 86_400_000;
const SWEEP_AT = 1_000;

/** A response kept for replay: status and the exact body text, or the events of a stream. */
export interface StoredResponse {
  status: number;
  body: string;
  events?: readonly StreamEvent[] | undefined;
}

interface Entry {
  request: string;
  body: string;
  createdAt: number;
  response: StoredResponse | null;
}

export interface IdempotencyStore {
  /**
   * Claims `key` for a request, or returns the response to replay. Throws `CONFLICT` when the key was used
   * for another request or body, or while the first request is still being processed.
   */
  begin(scope: string, key: string, request: string, body: string, now: number): StoredResponse | null;
  complete(scope: string, key: string, response: StoredResponse): void;
  /** Releases a claim whose request ended without a response worth replaying. */
  release(scope: string, key: string): void;
  clear(): void;
}

/** Idempotency keys per principal, kept for 24 hours of backend time. */
export function createIdempotencyStore(): IdempotencyStore {
  const entries = new Map<string, Entry>();
  const id = (scope: string, key: string) => `${scope}\n${key}`;
  // Expired entries are dropped in batches, so a long-running server does not grow without bound.
  const sweep = (now: number) => {
    for (const [key, entry] of entries) if (now - entry.createdAt >= RETENTION_MS) entries.delete(key);
  };
  return {
    begin(scope, key, request, body, now) {
      const existing = entries.get(id(scope, key));
      if (existing && now - existing.createdAt < RETENTION_MS) {
        if (existing.request !== request) {
          throw new ApiError(
            'CONFLICT',
            `This Idempotency-Key was used for a different request (${existing.request}).`,
          );
        }
        if (existing.body !== body) {
          throw new ApiError('CONFLICT', 'This Idempotency-Key was used with a different request body.');
        }
        if (!existing.response) {
          throw new ApiError(
            'CONFLICT',
            'A request with this Idempotency-Key is still being processed; retry once it has finished.',
          );
        }
        return existing.response;
      }
      if (entries.size >= SWEEP_AT) sweep(now);
      entries.set(id(scope, key), { request, body, createdAt: now, response: null });
      return null;
    },
    complete(scope, key, response) {
      const entry = entries.get(id(scope, key));
      if (entry) entry.response = response;
    },
    release(scope, key) {
      entries.delete(id(scope, key));
    },
    clear: () => entries.clear(),
  };
}
