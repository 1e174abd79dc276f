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

/** How `readBody` checks a body and where it reports. */
export interface ReadBodyOptions {
  mode: 'strict' | 'warn' | 'off';
  logger: Logger;
  /** The package the user installed, named in messages: `@runlet/node`. */
  packageName: string;
  /** Told of each enum value this release does not know (it passed). */
  onUnknownEnum: (field: string, value: string) => void;
}

/**
 * Reads a success body through ky's `.json(schema)`: with the spec's schema of the operation and status under
 * `strict` (a mismatch throws), with a schema that only logs under `warn`, without one under `off`. A 2xx status the
 * spec does not list, or an empty body where it has one, is a `ResponseValidationError` under both.
 */
export async function readBody(
  pending: ResponsePromise,
  response: Response,
  call: Call,
  options: ReadBodyOptions,
): Promise<unknown> {
  const { mode, logger } = options;
  specValidator ??= mode === 'off' ? undefined : import('./spec-validator.js');
  const answer =
    mode === 'off'
      ? undefined
      : (await specValidator)?.specAnswer(call.method, call.template, response.status, options.onUnknownEnum);
  const operationId = answer && answer.kind !== 'unknown-operation' ? answer.operationId : call.template;
  const fail = (issues: ResponseValidationError['issues'], reason?: 'unusable') =>
    new ResponseValidationError({
      ...(reason && { reason }),
      operationId,
      method: call.method,
      path: call.path,
      status: response.status,
      issues,
      requestId: response.headers.get('x-request-id') ?? undefined,
      packageName: options.packageName,
    });
  if (answer?.kind === 'unlisted-status') {
    const error = fail(
      [
        {
          path: '$',
          message: `status ${response.status} is not one the API spec lists for ${operationId} (it lists ${answer.listed.join(', ')})`,
        },
      ],
      'unusable',
    );
    // Under warn too: the call's type promises data it does not have.
    throw error;
  }
  try {
    if (answer?.kind !== 'schema') return await pending.json();
    if (mode === 'strict') return await pending.json(answer.schema);
    return await pending.json(warnOnly(answer.schema, (issues) => logger.warn(fail(issues).message)));
  } catch (error) {
    if (error instanceof SchemaValidationError) {
      const issues = error.issues.map(toIssue);
      throw fail(
        issues,
        issues.length === 1 && issues[0]?.path === '$' && /got nothing$/.test(issues[0].message)
          ? 'unusable'
          : undefined,
      );
    }
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
        // No body at all, where the spec has one: the call's type would promise data it does not have.
        if (result.issues && value === undefined) return result;
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
