import type * as z from 'zod/mini';
import { validationError } from '../backend/api-error.js';
import { describeIssues, type Issue } from '../backend/describe-issues.js';

/** Checks one field of a control request's body; `path` is where it sits (`body.status`). */
export type FieldCheck = (value: unknown, path: string) => Issue[];

export function fromSchema(schema: z.ZodMiniType): FieldCheck {
  return (value, path) => {
    const result = schema.safeParse(value, { reportInput: true });
    return result.success ? [] : describeIssues(path, result.error.issues);
  };
}

export function integer(min: number, max: number): FieldCheck {
  return (value, path) =>
    Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max
      ? []
      : [{ path, message: `Must be a whole number from ${min} to ${max}.` }];
}

export function oneOf(values: readonly string[]): FieldCheck {
  return (value, path) =>
    typeof value === 'string' && values.includes(value)
      ? []
      : [{ path, message: `Must be one of: ${values.join(', ')}.` }];
}

export const string: FieldCheck = (value, path) =>
  typeof value === 'string' ? [] : [{ path, message: 'Must be a string.' }];

export const boolean: FieldCheck = (value, path) =>
  typeof value === 'boolean' ? [] : [{ path, message: 'Must be true or false.' }];

/**
 * The JSON object of a control request's body, with only `fields` allowed and `required` present; an empty body
 * is `{}`. Every problem is reported at once as `VALIDATION_ERROR` with `details.issues`.
 */
export function readJsonObject(
  bodyText: string,
  fields: Readonly<Record<string, FieldCheck>>,
  required: readonly string[] = [],
): Record<string, unknown> {
  let value: unknown = {};
  if (bodyText.trim() !== '') {
    try {
      value = JSON.parse(bodyText);
    } catch {
      throw validationError([{ path: 'body', message: 'The body is not valid JSON.' }]);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw validationError([{ path: 'body', message: 'Must be a JSON object.' }]);
  }
  const input = value as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const name of required) {
    if (!Object.hasOwn(input, name)) issues.push({ path: `body.${name}`, message: 'Required.' });
  }
  for (const [name, fieldValue] of Object.entries(input)) {
    const check = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (!check)
      issues.push({ path: `body.${name}`, message: `Unknown field; expected ${Object.keys(fields).join(', ')}.` });
    else issues.push(...check(fieldValue, `body.${name}`));
  }
  if (issues.length > 0) throw validationError(issues);
  return input;
}

/** A failure of a backend method (a `TypeError` with a sentence) as a `VALIDATION_ERROR` of the body. */
export function asValidationError(error: unknown): unknown {
  return error instanceof TypeError ? validationError([{ path: 'body', message: error.message }]) : error;
}
