import type { ResponsePromise } from 'ky';
import type { Call } from '../client/call.js';
import { ResponseValidationError } from '../errors/response-validation-error.js';
import type { ValidateBodyOptions } from './validate-body.js';

type ValidateBody = typeof import('./validate-body.js');
let validator: Promise<ValidateBody> | undefined;

/** How `readBody` checks a body and where it reports. */
export interface ReadBodyOptions extends Omit<ValidateBodyOptions, 'mode' | 'error'> {
  mode: 'strict' | 'warn' | 'off';
}

/**
 * Reads a success body through ky's `.json()`: as it came under `validate: 'off'`, else checked against the spec by
 * `validateBody`, loaded with the checks on first use.
 */
export async function readBody(
  pending: ResponsePromise,
  response: Response,
  call: Call,
  options: ReadBodyOptions,
): Promise<unknown> {
  if (options.mode === 'off') return pending.json();
  validator ??= import('./validate-body.js');
  const error = (init: ConstructorParameters<typeof ResponseValidationError>[0]) => new ResponseValidationError(init);
  return (await validator).validateBody(pending, response, call, { ...options, mode: options.mode, error });
}
