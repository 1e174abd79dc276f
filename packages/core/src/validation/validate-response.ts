import type { ResponseIssue } from '../errors/response-validation-error.js';

interface SafeParser {
  safeParse(value: unknown): {
    success: boolean;
    error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } | undefined;
  };
}

/** Validates a response body with its schema; returns the issues with JSON paths (`$.data[3].id`). */
export function validateResponse(schema: SafeParser, value: unknown): ResponseIssue[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return (result.error?.issues ?? []).map((issue) => ({ path: toJsonPath(issue.path), message: issue.message }));
}

export function toJsonPath(path: readonly PropertyKey[]): string {
  return `$${path
    .map((segment) =>
      typeof segment === 'number'
        ? `[${segment}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(segment))
          ? `.${String(segment)}`
          : `[${JSON.stringify(String(segment))}]`,
    )
    .join('')}`;
}
