import { enumValues, statusByErrorCode } from './generated/constants.js';

export const ERROR_CODES = enumValues.ErrorCode;
export { statusByErrorCode };
