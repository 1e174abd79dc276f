import { type Answer, errorAnswer } from './answer.js';
import { ApiError, validationError } from './api-error.js';
import type { Principal } from './authenticate.js';
import type { IdempotencyStore } from './idempotency-store.js';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface IdempotentRequest {
  method: string;
  target: string;
  body: string;
  key: string | null;
  requestId: string;
  now: number;
}

/**
 * Runs a mutating request once per `Idempotency-Key` and principal: the same key and body replay the first
 * answer (errors of the operation included), a different request or body is a `CONFLICT`.
 */
export async function runIdempotently(
  store: IdempotencyStore,
  principal: Principal,
  request: IdempotentRequest,
  run: () => Promise<Answer>,
): Promise<Answer> {
  const { key } = request;
  if (key === null || !MUTATING.has(request.method)) return run();
  if (key.length < 1 || key.length > 255) {
    throw validationError([{ path: 'header.Idempotency-Key', message: 'Must be 1 to 255 characters long.' }]);
  }
  const scope = principal.token?.id ?? principal.key.id;
  const stored = store.begin(scope, key, `${request.method} ${request.target}`, request.body, request.now);
  if (stored)
    return { ...stored, contentType: stored.events ? 'text/event-stream' : 'application/json', replayed: true };
  let answer: Answer;
  try {
    answer = await run();
  } catch (error) {
    if (!(error instanceof ApiError)) {
      store.release(scope, key);
      throw error;
    }
    answer = errorAnswer(error, request.requestId);
  }
  store.complete(scope, key, { status: answer.status, body: answer.body, events: answer.events });
  return answer;
}
