import { type ApiOperationId, apiOperations, schemas } from '@runlet/types';
import type * as z from 'zod/mini';
import type { Answer } from './answer.js';

/**
 * Throws when a JSON answer does not parse with the generated schema of its operation and status (an error
 * envelope for error statuses the spec does not list, as injected faults may use), or when an event of a
 * stream breaks its event schema (`RunEvent`, `ExecEvent`).
 */
export function checkResponse(operationId: ApiOperationId | null, answer: Answer): void {
  if (answer.events) {
    const schema = operationId === 'execSandbox' ? schemas.ExecEvent : schemas.RunEvent;
    for (const event of answer.events) check(schema, event.data, `${operationId} event ${event.id}`);
    return;
  }
  if (answer.contentType !== 'application/json') return;
  const responses: Partial<Record<number, z.ZodMiniType>> = operationId ? apiOperations[operationId].responses : {};
  const schema = responses[answer.status] ?? (answer.status >= 400 ? schemas.ErrorEnvelope : undefined);
  const where = `${operationId ?? 'an unknown route'} ${answer.status}`;
  if (!schema) throw new Error(`@runlet/testing answered ${where}, a status the spec does not define.`);
  check(schema, JSON.parse(answer.body), where);
}

function check(schema: z.ZodMiniType, value: unknown, where: string): void {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`).join('; ');
    throw new Error(`@runlet/testing answered ${where} with a body that breaks its schema: ${issues}`);
  }
}
