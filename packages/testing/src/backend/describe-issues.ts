import type * as z from 'zod/mini';

export interface Issue {
  path: string;
  message: string;
}

const TYPE_NAMES: Record<string, string> = {
  int: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

/**
 * zod issues as the API's `details.issues`: dotted paths under `prefix` (`body.scopes.0`, `query.limit`) and
 * sentences (zod/mini carries no messages of its own). Parse with `reportInput` so that missing fields say so.
 */
export function describeIssues(prefix: string, issues: readonly z.core.$ZodIssue[]): Issue[] {
  return issues.flatMap((issue) => {
    const path = [prefix, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: `${path}.${key}`, message: 'Unknown field; remove it.' }));
    }
    return [{ path, message: describe(issue) }];
  });
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Required.';
      return `Expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${typeOf(issue.input)}.`;
    case 'too_big':
      return `Must ${bound('at most', issue.origin, Number(issue.maximum))}.`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'Must not be empty.';
      return `Must ${bound('at least', issue.origin, Number(issue.minimum))}.`;
    case 'invalid_format':
      if (issue.format === 'datetime') return 'Must be an RFC 3339 date-time, such as 2026-01-01T00:00:00Z.';
      if (issue.format === 'date') return 'Must be a date, such as 2026-01-01.';
      // A pattern with `x-pattern-message` in the spec carries its own sentence; zod/mini's default is 'Invalid input'.
      if (issue.format === 'regex') return issue.message !== 'Invalid input' ? issue.message : 'Has the wrong format.';
      return `Must be a valid ${issue.format}.`;
    case 'invalid_value':
      return `Must be one of: ${issue.values.map(String).join(', ')}.`;
    case 'not_multiple_of':
      return `Must be a multiple of ${issue.divisor}.`;
    case 'custom':
      return issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
    default:
      return 'Is not valid here.';
  }
}

function bound(relation: string, origin: string, limit: number): string {
  if (origin === 'string') return `be ${relation} ${limit} characters long`;
  if (origin === 'array' || origin === 'set') return `have ${relation} ${limit} item${limit === 1 ? '' : 's'}`;
  return `be ${relation} ${limit}`;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (Number.isInteger(value)) return 'an integer';
  return TYPE_NAMES[typeof value] ?? typeof value;
}
