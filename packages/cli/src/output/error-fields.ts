import { APIConnectionError, ConfigFileError } from '@runlet/node';
import { UnreachableAPIError } from '../errors.js';
import { causeCode } from './cause-code.js';

/**
 * An error as `--json` prints it, with the details `formatError` shows people: the API's code, status,
 * request id and details when it answered; the address tried (`api`) and the system error (`cause`) when
 * it did not; the config file (`file`) when that failed. The caller redacts the text.
 */
export function errorFields(error: unknown): Record<string, unknown> {
  const e = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const fields: Record<string, unknown> = {
    code: e.code ?? (error instanceof Error ? error.name : 'ERROR'),
    message: error instanceof Error ? error.message : String(error),
  };
  if (typeof e.status === 'number') fields.status = e.status;
  if (typeof e.requestId === 'string') fields.requestId = e.requestId;
  if (e.details !== undefined) fields.details = e.details;
  if (error instanceof UnreachableAPIError) fields.api = error.baseURL;
  if (error instanceof APIConnectionError || error instanceof UnreachableAPIError) {
    const cause = causeCode(error);
    if (cause !== undefined) fields.cause = cause;
  }
  if (error instanceof ConfigFileError) fields.file = error.path;
  return fields;
}
