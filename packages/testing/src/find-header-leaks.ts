import type { LoggedRequest } from './runlet-backend.js';

/** What `findHeaderLeaks` expects of every request. */
export interface FindHeaderLeaksOptions {
  /** What every request's `Authorization` must look like. @default /^Bearer rl_(live|test|ct)_[0-9A-Za-z]+$/ */
  credential?: RegExp;
  /** Every request is signed (each with its own `X-Signature`); `false`: none is. @default false */
  signed?: boolean;
}

/** Headers a client sets itself; none may hold two values joined by `, ` (the sign of a header sent twice). */
const CLIENT_HEADERS = ['accept', 'authorization', 'content-type', 'idempotency-key', 'x-runlet-client', 'x-signature'];

/**
 * What in a sequence of logged requests (`backend.requests`) carries a header that belongs to another request:
 * an `Idempotency-Key` on a GET or reused by a second mutation, a `content-type` without a body, credentials sent
 * twice or of the wrong kind, a signature repeated or missing. One client driven through a realistic sequence of calls
 * shows what a single call cannot (state leaking from one request into the next, as under msw's interceptor when
 * headers are built from a shared array). Returns one sentence per problem; `[]` when there is none.
 *
 * @example expect(findHeaderLeaks(backend.requests)).toEqual([]);
 */
export function findHeaderLeaks(requests: readonly LoggedRequest[], options: FindHeaderLeaksOptions = {}): string[] {
  const credential = options.credential ?? /^Bearer rl_(live|test|ct)_[0-9A-Za-z]+$/;
  const problems: string[] = [];
  const idempotencyKeys = new Set<string>();
  const signatures = new Set<string>();
  for (const { method, path, headers, body } of requests) {
    const where = `${method} ${path}`;
    const key = headers['idempotency-key'];
    if (method === 'GET' || method === 'HEAD') {
      if (key !== undefined) problems.push(`${where} carries an Idempotency-Key`);
    } else if (key !== undefined) {
      if (idempotencyKeys.has(key)) problems.push(`${where} reuses an earlier Idempotency-Key`);
      idempotencyKeys.add(key);
    }
    if (body === '' && headers['content-type'] !== undefined) problems.push(`${where} has no body but a content-type`);
    if (!credential.test(headers.authorization ?? '')) {
      problems.push(`${where} does not carry exactly one credential of the expected kind`);
    }
    const signature = headers['x-signature'];
    if (options.signed) {
      if (signature === undefined) problems.push(`${where} is not signed`);
      else if (signatures.has(signature)) problems.push(`${where} repeats an earlier signature`);
      if (signature !== undefined) signatures.add(signature);
    } else if (signature !== undefined) {
      problems.push(`${where} is signed by a client that does not sign`);
    }
    for (const name of CLIENT_HEADERS) {
      if (headers[name]?.includes(', ')) problems.push(`${where}: ${name} was sent twice (${headers[name]})`);
    }
  }
  return problems;
}
