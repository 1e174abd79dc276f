import { apiOperations } from './generated/operations.js';

export { responseChecks } from './generated/validators.js';
export { apiOperations };

/** The operationIds of the API. */
export type ApiOperationId = keyof typeof apiOperations;
/** One entry of the operation table: route, scopes and schemas. */
export type ApiOperation = (typeof apiOperations)[ApiOperationId];
export type HttpMethod = ApiOperation['method'];
