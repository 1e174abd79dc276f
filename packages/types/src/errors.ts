import { enumValues, statusByErrorCode } from './generated/constants.js';
import type { components } from './generated/openapi.js';

export type ErrorCode = components['schemas']['ErrorCode'];
export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];

export const ERROR_CODES = enumValues.ErrorCode;
export { statusByErrorCode };
