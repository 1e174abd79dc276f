import { RunletError } from './runlet-error.js';

export interface ResponseIssue {
  /** A JSON path into the response body: `$.data[3].createdAt`. */
  path: string;
  message: string;
}

/** A response did not match the spec's schema (with `validate: 'strict'`). */
export class ResponseValidationError extends RunletError {
  override name = 'ResponseValidationError';
  readonly operationId: string;
  readonly status: number;
  readonly issues: ResponseIssue[];
  readonly requestId: string | undefined;

  constructor(init: {
    operationId: string;
    method: string;
    path: string;
    status: number;
    issues: ResponseIssue[];
    requestId: string | undefined;
  }) {
    const first = init.issues[0];
    const more = init.issues.length > 1 ? ` (and ${init.issues.length - 1} more)` : '';
    super(
      `The response of ${init.operationId} does not match the API schema at ${first?.path ?? '$'}: ${first?.message ?? 'invalid'}${more}. ` +
        `Upgrade @runlet/core, or pass validate: 'warn' to keep going — ${init.status}: ${init.method} ${init.path}`,
    );
    this.operationId = init.operationId;
    this.status = init.status;
    this.issues = init.issues;
    this.requestId = init.requestId;
  }
}
