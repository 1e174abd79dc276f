import { RunletError } from './runlet-error.js';

export interface ResponseIssue {
  /** A JSON path into the response body: `$.data[3].createdAt`. */
  path: string;
  message: string;
}

/** A response did not match the spec's schema (with `validate: 'strict'`). */
export class ResponseValidationError extends RunletError {
  override name = 'ResponseValidationError';
  declare readonly operationId: string;
  declare readonly status: number;
  declare readonly issues: ResponseIssue[];
  declare readonly requestId: string | undefined;

  constructor(init: {
    operationId: string;
    method: string;
    path: string;
    status: number;
    issues: ResponseIssue[];
    requestId: string | undefined;
  }) {
    const { operationId, issues, status } = init;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(
      `The response of ${operationId} does not match the API schema at ${issues[0]?.path ?? '$'}: ${issues[0]?.message ?? 'invalid'}${more}. ` +
        `Upgrade @runlet/core, or pass validate: 'warn' to keep going — ${status}: ${init.method} ${init.path}`,
    );
    Object.assign(this, { operationId, status, issues, requestId: init.requestId });
  }
}
