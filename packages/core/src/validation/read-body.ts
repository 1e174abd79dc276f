import type { ResponsePromise, StandardSchemaV1, StandardSchemaV1Issue } from 'ky';
import { SchemaValidationError } from 'ky';
import type { Call } from '../client/call.js';
import { parsedBodies } from '../client/parsed-bodies.js';
import { ResponseValidationError } from '../errors/response-validation-error.js';
import type { Logger } from '../logger.js';

type SpecValidator = typeof import('./spec-validator.js');
let specValidator: Promise<SpecValidator> | undefined;

/** Thrown by `parseJson` for a success body that is not JSON; `readBody` turns it into a `ResponseValidationError`. */
export class BodyNotJsonError extends Error {
  override name = 'BodyNotJsonError';
  readonly snippet: string;
  readonly response: Response | undefined;
  constructor(snippet: string, response?: Response) {
    super('The response body is not JSON');
    this.snippet = snippet;
    this.response = response;
  }
}

/**
 * ky's `parseJson`: the JSON the wrapped fetch already parsed while checking the body, else `text` parsed; an
 * empty body is `undefined`, one that is not JSON a `BodyNotJsonError`.
 */
export function parseJson(text: string, { request }: { request: Request }): unknown {
  if (parsedBodies.has(request)) return parsedBodies.get(request);
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyNotJsonError(text.slice(0, 60).replace(/\s+/g, ' '));
  }
}

/**
 * Reads a success body through ky's `.json(schema)`: with the spec's schema of the operation and status under
 * `strict` (a mismatch throws), with a schema that only logs under `warn`, without one under `off`.
 */
export async function readBody(
  pending: ResponsePromise,
  response: Response,
  call: Call,
  mode: 'strict' | 'warn' | 'off',
  logger: Logger,
): Promise<unknown> {
  specValidator ??= mode === 'off' ? undefined : import('./spec-validator.js');
  const schema =
    mode === 'off' ? undefined : (await specValidator)?.responseSchema(call.method, call.template, response.status);
  const fail = (issues: ResponseValidationError['issues']) =>
    new ResponseValidationError({
      operationId: schema?.operationId ?? call.template,
      method: call.method,
      path: call.path,
      status: response.status,
      issues,
      requestId: response.headers.get('x-request-id') ?? undefined,
    });
  try {
    if (!schema) return await pending.json();
    if (mode === 'strict') return await pending.json(schema);
    return await pending.json(warnOnly(schema, (issues) => logger.warn(fail(issues).message)));
  } catch (error) {
    if (error instanceof SchemaValidationError) throw fail(error.issues.map(toIssue));
    throw error;
  }
}

function warnOnly(
  schema: StandardSchemaV1,
  warn: (issues: ResponseValidationError['issues']) => void,
): StandardSchemaV1 {
  return {
    '~standard': {
      version: 1,
      vendor: 'runlet',
      async validate(value) {
        const result = await schema['~standard'].validate(value);
        if (result.issues) warn(result.issues.map(toIssue));
        return { value };
      },
    },
  };
}

const toIssue = (issue: StandardSchemaV1Issue) => ({
  path: String(issue.path?.[0] ?? '$'),
  message: issue.message,
});
