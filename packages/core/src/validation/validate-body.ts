// Loaded with the checks on first use, so a bundle that does not validate never carries it. It imports nothing the
// eager code imports (a bundler would split that into a chunk of its own): the error it throws is made by
// `options.error`, and ky's SchemaValidationError is recognised by name.
import type { ResponsePromise, StandardSchemaV1, StandardSchemaV1Issue } from 'ky';
import type { Call } from '../client/call.js';
import type { ResponseValidationError } from '../errors/response-validation-error.js';
import type { Logger } from '../logger.js';
import { specAnswer } from './spec-validator.js';

/** How a body is checked and where it reports. */
export interface ValidateBodyOptions {
  mode: 'strict' | 'warn';
  logger: Logger;
  /** The package the user installed, named in messages: `@runlet/node`. */
  packageName: string;
  /** `field=value` of the unknown enum values already logged (once each per client). */
  unknownEnumsLogged: Set<string>;
  /** Makes the error thrown (or logged under `warn`). */
  error: (init: ConstructorParameters<typeof ResponseValidationError>[0]) => ResponseValidationError;
}

/**
 * Reads a success body through ky's `.json(schema)` with the spec's schema of the operation and status: under
 * `strict` a mismatch throws, under `warn` it is logged. A 2xx status the spec does not list, or an empty body where
 * it has one, is a `ResponseValidationError` under both.
 */
export async function validateBody(
  pending: ResponsePromise,
  response: Response,
  call: Call,
  options: ValidateBodyOptions,
): Promise<unknown> {
  const { mode, logger } = options;
  const onUnknownEnum = (field: string, value: string) => {
    const key = `${field}=${value}`;
    if (options.unknownEnumsLogged.has(key)) return;
    options.unknownEnumsLogged.add(key);
    logger.warn(
      `The API sent ${field} = ${JSON.stringify(value)}, a value this version of ${options.packageName} does not ` +
        'know; it is passed on as it came. Code that switches on this field should handle unknown values.',
    );
  };
  const answer = specAnswer(call.method, call.template, response.status, onUnknownEnum);
  const operationId = answer.kind !== 'unknown-operation' ? answer.operationId : undefined;
  const fail = (issues: ResponseValidationError['issues'], reason?: 'unusable') =>
    options.error({
      ...(reason && { reason }),
      operationId,
      template: call.template,
      method: call.method,
      path: call.path,
      status: response.status,
      issues,
      requestId: response.headers.get('x-request-id') ?? undefined,
      packageName: options.packageName,
    });
  if (answer.kind === 'unlisted-status') {
    const error = fail(
      [
        {
          path: '$',
          message: `status ${response.status} is not one the API spec lists for ${answer.operationId} (it lists ${answer.listed.join(', ')})`,
        },
      ],
      'unusable',
    );
    // Under warn too: the call's type promises data it does not have.
    throw error;
  }
  try {
    if (answer.kind !== 'schema') return await pending.json();
    if (mode === 'strict') return await pending.json(answer.schema);
    return await pending.json(warnOnly(answer.schema, (issues) => logger.warn(fail(issues).message)));
  } catch (error) {
    if ((error as Error).name === 'SchemaValidationError') {
      const issues = (error as { issues: readonly StandardSchemaV1Issue[] }).issues.map(toIssue);
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
