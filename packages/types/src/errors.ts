import { enumValues, statusByErrorCode } from './generated/constants.js';

/** Every error `code` of the API's error body, as the spec lists them (`'UNAUTHORIZED'`, `'RATE_LIMITED'`, …). */
export const ERROR_CODES = enumValues.ErrorCode;
export { statusByErrorCode };
