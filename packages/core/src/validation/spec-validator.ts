import { explain, responseValidators, schemaComponents } from '@runlet/types/validators';
import type { StandardSchemaV1 } from 'ky';

/** The schema of one operation's response, as ky's `.json(schema)` takes it; the value comes back as sent. */
export interface ResponseSchema extends StandardSchemaV1<unknown, unknown> {
  readonly operationId: string;
}

const cache = new Map<string, ResponseSchema | null>();

/**
 * The Standard Schema of the response of `method template` with `status`, or `undefined` when the spec has
 * none. It runs the compiled check (fast) and, only when that fails, explains the failure from the spec's schema.
 * Loaded on first use, so a bundle that turns validation off never carries the checks.
 */
export function responseSchema(method: string, template: string, status: number): ResponseSchema | undefined {
  const key = `${method} ${template} ${status}`;
  let schema = cache.get(key);
  if (schema === undefined) {
    schema = build(method, template, status);
    cache.set(key, schema);
  }
  return schema ?? undefined;
}

function build(method: string, template: string, status: number): ResponseSchema | null {
  const operation = responseValidators[`${method} ${template}`];
  const response = operation?.responses[status];
  if (!operation || !response) return null;
  return {
    operationId: operation.operationId,
    '~standard': {
      version: 1,
      vendor: 'runlet',
      validate(value) {
        if (response.check(value)) return { value };
        const issues = explain(response.schema, value, schemaComponents);
        // The check and the explanation agree (a property test in @runlet/types); this guards the impossible case.
        if (issues.length === 0) issues.push({ path: '$', message: 'does not match the schema' });
        return { issues: issues.map((issue) => ({ message: issue.message, path: [issue.path] })) };
      },
    },
  };
}
