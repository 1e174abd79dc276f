import type { ErrorBody, ErrorEnvelope } from './generated/openapi.js';

/** An error answer's fields; `requestId` may be left out by an endpoint of your own (a token handler). */
export type ErrorFields = Omit<ErrorBody, 'requestId' | 'retryAfter' | 'details'> & {
  requestId?: string | undefined;
  retryAfter?: number | undefined;
  details?: ErrorBody['details'] | undefined;
};

/**
 * The body of an error answer as the API writes it, `{ error: { code, message, status, requestId?,
 * retryAfter?, details? } }`, the optional fields left out when `undefined`. `code` is one of the API's
 * codes, or one of your own endpoint's (`METHOD_NOT_ALLOWED`).
 */
export function errorEnvelope(fields: ErrorFields & { requestId: string }): ErrorEnvelope;
export function errorEnvelope(fields: ErrorFields): { error: ErrorFields };
export function errorEnvelope(fields: ErrorFields): { error: ErrorFields } {
  const { code, message, status, requestId, retryAfter, details } = fields;
  return {
    error: {
      code,
      message,
      status,
      ...(requestId !== undefined && { requestId }),
      ...(retryAfter !== undefined && { retryAfter }),
      ...(details !== undefined && { details }),
    },
  };
}
