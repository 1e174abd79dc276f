import { apiOperations } from './generated/operations.js';

export { apiOperations };

/** The operationIds of the API. */
export type ApiOperationId = keyof typeof apiOperations;
/** One entry of the operation table: route, scopes and schemas. */
export type ApiOperation = (typeof apiOperations)[ApiOperationId];
/** The HTTP methods of the API's operations, in lower case as the operation table writes them. */
export type HttpMethod = ApiOperation['method'];
