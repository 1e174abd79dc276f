export type { ErrorCode, ErrorEnvelope } from './errors.js';
export { ERROR_CODES, statusByErrorCode } from './errors.js';
export { enumValues } from './generated/constants.js';
export type { components, operations, paths } from './generated/openapi.js';
export * as schemas from './generated/schemas.js';
export type { ApiOperation, ApiOperationId, HttpMethod } from './operations.js';
export { apiOperations } from './operations.js';
export type { Schemas } from './schemas-type.js';
export type { ClientTokenScope, Profile, Scope } from './scopes.js';
export { CLIENT_TOKEN_SCOPES, hasScope, PROFILES, profileScopes, SCOPES, scopesOfProfile } from './scopes.js';
// The token format and request signing, also published alone as `@runlet/types/tokens`.
export * from './tokens.js';
