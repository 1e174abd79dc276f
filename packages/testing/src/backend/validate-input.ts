import { type ApiOperationId, apiOperations } from '@runlet/types';
import type * as z from 'zod/mini';
import { validationError } from './api-error.js';
import { describeIssues, type Issue } from './describe-issues.js';

type Operation<Id extends ApiOperationId> = (typeof apiOperations)[Id];
type Parsed<Schema> = Schema extends z.ZodMiniType ? z.output<Schema> : undefined;

/** An operation's path parameters, query and body, parsed with its generated schemas. */
export interface OperationInput<Id extends ApiOperationId> {
  params: Parsed<Operation<Id>['pathParams']>;
  query: Parsed<Operation<Id>['query']>;
  body: Parsed<Operation<Id>['body']>;
}

/**
 * Validates a request against `apiOperations[id]`: path parameters, the query (strings coerced by
 * `queryTypes` first) and the JSON body. Every problem is reported at once as `VALIDATION_ERROR`.
 */
export function validateInput<Id extends ApiOperationId>(
  operationId: Id,
  params: Record<string, string>,
  searchParams: URLSearchParams,
  bodyText: string,
): OperationInput<Id> {
  const operation: Operation<ApiOperationId> = apiOperations[operationId];
  const issues: Issue[] = [];
  const parse = (prefix: string, schema: z.ZodMiniType | null, value: unknown): unknown => {
    if (!schema) return undefined;
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) return result.data;
    issues.push(...describeIssues(prefix, result.error.issues));
    return undefined;
  };

  const parsedParams = parse('path', operation.pathParams, params);
  const parsedQuery = parse('query', operation.query, coerceQuery(searchParams, operation.queryTypes));
  let parsedBody: unknown;
  if (operation.body) {
    const json = parseJsonBody(bodyText, operation.bodyRequired);
    if ('issue' in json) issues.push(json.issue);
    else parsedBody = parse('body', operation.body, json.value);
  }
  if (issues.length > 0) throw validationError(issues);
  return { params: parsedParams, query: parsedQuery, body: parsedBody } as OperationInput<Id>;
}

function coerceQuery(searchParams: URLSearchParams, types: Readonly<Record<string, string>>): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const [name, type] of Object.entries(types)) {
    const raw = searchParams.get(name);
    if (raw === null) continue;
    if (type === 'integer' || type === 'number') {
      const number = Number(raw);
      query[name] = raw.trim() !== '' && Number.isFinite(number) ? number : raw;
    } else if (type === 'boolean') {
      query[name] = raw === 'true' ? true : raw === 'false' ? false : raw;
    } else {
      query[name] = raw;
    }
  }
  return query;
}

function parseJsonBody(text: string, required: boolean): { value: unknown } | { issue: Issue } {
  if (text.trim() === '') {
    return required ? { issue: { path: 'body', message: 'A JSON body is required.' } } : { value: {} };
  }
  try {
    return { value: JSON.parse(text) };
  } catch {
    // The parser's own message quotes the body, which may hold anything; keep it out of the answer.
    return { issue: { path: 'body', message: 'The body is not valid JSON.' } };
  }
}
