import { redactText } from '@runlet/types/tokens';
import { RunletError } from './runlet-error.js';

/** One way a response differs from the spec: where in the body, and what is wrong. */
export interface ResponseIssue {
  /** A JSON path into the response body: `$.data[3].createdAt`. */
  path: string;
  message: string;
}

/** A response did not match the spec's schema (with `validate: 'strict'`). */
export class ResponseValidationError extends RunletError {
  override name = 'ResponseValidationError';
  /**
   * The operation's id (`listKeys`); `undefined` when the SDK could not tell it: a body that is not JSON is caught
   * before the operation is looked up, and a path the spec does not have has none.
   */
  declare readonly operationId: string | undefined;
  declare readonly status: number;
  declare readonly issues: ResponseIssue[];
  declare readonly requestId: string | undefined;

  constructor(init: {
    operationId: string | undefined;
    /** The path template, `/v1/keys/{keyId}`: names the operation in the message when its id is unknown. */
    template: string;
    method: string;
    path: string;
    status: number;
    issues: ResponseIssue[];
    requestId: string | undefined;
    /**
     * `not-json`: the body was not JSON at all (garbled or cut short); `unusable`: a 2xx status the spec does not
     * list, or no body where it has one (no `validate` mode lets these through); else it did not match the schema.
     */
    reason?: 'schema' | 'not-json' | 'unusable';
    /** The package the user installed, to upgrade: `@runlet/node`. @default '@runlet/core' */
    packageName?: string;
  }) {
    const { operationId, status } = init;
    const operation = operationId ?? `${init.method} ${init.template}`;
    // Response text can echo anything, a key included: every message and issue is redacted.
    const issues = init.issues.map((issue) => ({ path: issue.path, message: redactText(issue.message) }));
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    const where = `${status}: ${init.method} ${init.path}`;
    const upgrade = init.packageName ?? '@runlet/core';
    super(
      init.reason === 'unusable'
        ? `The response of ${operation} cannot be used: ${issues[0]?.message}. A proxy or a newer API may be ` +
            `answering; upgrade ${upgrade} if the API has changed — ${where}`
        : init.reason === 'not-json'
          ? `The response of ${operation} is not JSON (${issues[0]?.message.replace(/^not JSON: /, '')}): it was ` +
            `garbled or cut short on the way, by a proxy or a dropped connection, and retrying did not help — ${where}`
          : `The response of ${operation} does not match the API schema at ${issues[0]?.path ?? '$'}: ` +
            `${issues[0]?.message ?? 'invalid'}${more}. Upgrade ${upgrade} (the API may be newer), or pass validate: 'warn' to keep going — ${where}`,
    );
    Object.assign(this, { operationId, status, issues, requestId: init.requestId });
  }
}
