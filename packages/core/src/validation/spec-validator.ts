import { type ApiOperation, apiOperations, responseChecks } from '@runlet/types/operations';
import type { ResponseIssue } from '../errors/response-validation-error.js';
import { validateResponse } from './validate-response.js';

const ROUTES = new Map<string, ApiOperation>(
  Object.values(apiOperations).map((op) => [`${op.method} ${op.path}`, op as ApiOperation]),
);

/**
 * Checks a response against the spec for its operation and status: first with the compiled check
 * (fast, proven equivalent to the zod schema by a property test in @runlet/types), and only when that
 * fails with the zod schema, for issues with JSON paths. Loaded on first use, so a bundle that turns
 * validation off never carries the schemas.
 */
export function validateBySpec(
  method: string,
  template: string,
  status: number,
  data: unknown,
): { operationId: string; issues: ResponseIssue[] } | undefined {
  const operation = ROUTES.get(`${method} ${template}`);
  const schema = operation && (operation.responses as Record<number, Parameters<typeof validateResponse>[0]>)[status];
  if (!operation || !schema) return undefined;
  if (responseChecks[operation.operationId]?.[status]?.(data))
    return { operationId: operation.operationId, issues: [] };
  return { operationId: operation.operationId, issues: validateResponse(schema, data) };
}
