import { apiOperations, schemas } from '@runlet/types';
import type * as z from 'zod/mini';
import type { LoggedRequest } from '../../src/index.js';

/**
 * Problems with logged responses, checked independently of the backend's own self-check: every JSON body
 * parses with the generated schema of its operation and status, error envelopes repeat the status, and
 * every response carries X-Request-Id and the X-RateLimit-* headers.
 */
export function specProblems(log: readonly LoggedRequest[]): string[] {
  const problems: string[] = [];
  for (const entry of log) {
    if (entry.status === 0) continue;
    const where = `${entry.method} ${entry.path} → ${entry.status}`;
    const headers = entry.responseHeaders;
    if (!/^req_[0-9A-Za-z]{16}$/.test(headers['x-request-id'] ?? '')) problems.push(`${where}: no X-Request-Id`);
    for (const name of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']) {
      if (!/^\d+$/.test(headers[name] ?? '')) problems.push(`${where}: no ${name}`);
    }
    if (entry.status === 429 && !/^\d+$/.test(headers['retry-after'] ?? '')) problems.push(`${where}: no Retry-After`);
    if (headers['content-type'] !== 'application/json') continue;
    const responses: Partial<Record<number, z.ZodMiniType>> = entry.operationId
      ? apiOperations[entry.operationId].responses
      : {};
    const schema = responses[entry.status] ?? (entry.status >= 400 ? schemas.ErrorEnvelope : undefined);
    if (!schema) {
      problems.push(`${where}: the spec has no response ${entry.status} for ${entry.operationId}`);
      continue;
    }
    const body: unknown = JSON.parse(entry.responseBody);
    const result = schema.safeParse(body);
    if (!result.success) problems.push(`${where}: ${JSON.stringify(result.error.issues)}`);
    const error = schemas.ErrorEnvelope.safeParse(body);
    if (error.success && error.data.error.status !== entry.status) {
      problems.push(`${where}: error.status is ${error.data.error.status}`);
    }
  }
  return problems;
}
