import {
  explain,
  type ResponseValidator,
  responseValidators,
  schemaComponents,
  unknownEnumValues,
} from '@runlet/types/validators';
import type { StandardSchemaV1 } from 'ky';

/** The schema of one operation's response, as ky's `.json(schema)` takes it; the value comes back as sent. */
export type ResponseSchema = StandardSchemaV1<unknown, unknown>;

/** What the spec says of a response: nothing (a path it does not know), a status it does not list, or a schema. */
export type SpecAnswer =
  | { kind: 'unknown-operation' }
  | { kind: 'unlisted-status'; operationId: string; listed: number[] }
  | { kind: 'schema'; operationId: string; schema: ResponseSchema };

/**
 * What the spec says of the response of `method template` with `status`. The schema runs the compiled check
 * (fast) and, only when that fails, explains the failure from the spec's schema. Enums are open: an unknown value
 * passes and is handed to `onUnknownEnum` with the field it was in (`ApiKey.status`). Loaded on first use, so a
 * bundle that turns validation off never carries the checks.
 */
export function specAnswer(
  method: string,
  template: string,
  status: number,
  onUnknownEnum: (field: string, value: string) => void,
): SpecAnswer {
  const operation: ResponseValidator | undefined = responseValidators[`${method} ${template}`];
  if (!operation) return { kind: 'unknown-operation' };
  const { operationId } = operation;
  const response = operation.responses[status];
  if (!response) {
    const listed = Object.keys(operation.responses)
      .map(Number)
      .filter((s) => s < 300);
    return { kind: 'unlisted-status', operationId, listed };
  }
  const schema: ResponseSchema = {
    '~standard': {
      version: 1,
      vendor: 'runlet',
      validate(value) {
        unknownEnumValues.length = 0;
        const valid = response.check(value);
        // Drained at once: the checks run synchronously and share this list.
        const unknown = unknownEnumValues.splice(0);
        if (valid) {
          for (const [field, found] of unknown) onUnknownEnum(field, found);
          return { value };
        }
        const issues = explain(response.schema, value, schemaComponents, { openEnums: true });
        // The check and the explanation agree (a property test in @runlet/types); this guards the impossible case.
        if (issues.length === 0) issues.push({ path: '$', message: 'does not match the schema' });
        return { issues: issues.map((issue) => ({ message: issue.message, path: [issue.path] })) };
      },
    },
  };
  return { kind: 'schema', operationId, schema };
}

/** Why `value` is not the spec's component schema `name` (`ExecEvent`), enums open; `[]` when it is. */
export function explainComponent(name: string, value: unknown) {
  return explain({ $ref: `#/components/schemas/${name}` }, value, schemaComponents, { openEnums: true });
}
