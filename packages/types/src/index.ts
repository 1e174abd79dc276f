export type { CreateKeyRequest } from './create-key-request.js';
export type { CreatedApiKey, KeySecrets, RotatedApiKey } from './created-api-key.js';
export type { ErrorFields } from './error-envelope.js';
export { errorEnvelope } from './error-envelope.js';
export { ERROR_CODES, statusByErrorCode } from './errors.js';
export { enumValues } from './generated/constants.js';
// Every component schema by its name, for hovers, errors and your own annotations. Response enums are open
// (`ApiKey['status']` is `KeyStatus | (string & {})`); `KeyStatus` itself lists the known values.
export type {
  Agent,
  AgentList,
  AllowedIpRequest,
  ApiKey,
  ApiKeyList,
  ClientToken,
  ClientTokenScope,
  ClientTokenValue,
  CreateRunRequest,
  CreateSandboxRequest,
  CreateTokenRequest,
  components,
  Environment,
  ErrorBody,
  ErrorCode,
  ErrorEnvelope,
  ExecEvent,
  ExecExitEvent,
  ExecRequest,
  ExecResult,
  ExecStderrEvent,
  ExecStdoutEvent,
  KeyId,
  KeyStatus,
  KeyType,
  KeyUsage,
  Metadata,
  operations,
  Principal,
  Profile,
  paths,
  RateLimitState,
  RequestId,
  RotateKeyRequest,
  Run,
  RunCompletedEvent,
  RunEvent,
  RunFailedEvent,
  RunList,
  RunOutputEvent,
  RunStartedEvent,
  RunStatus,
  RunToolCallEvent,
  Sandbox,
  SandboxList,
  SandboxStatus,
  Scope,
  SecretKey,
  SetAlertRequest,
  SigningSecret,
  Tier,
  Timestamp,
  UpdateKeyRequest,
  UsageAlert,
  UsageDay,
  ValidationIssue,
} from './generated/openapi.js';
export * as schemas from './generated/schemas.js';
export type { ApiOperation, ApiOperationId, HttpMethod } from './operations.js';
export { apiOperations } from './operations.js';
export type { Schemas } from './schemas-type.js';
export { CLIENT_TOKEN_SCOPES, hasScope, PROFILES, profileScopes, SCOPES, scopesOfProfile } from './scopes.js';
// The token format, redaction, request signing and the API root, also published alone as `@runlet/types/tokens`.
export * from './tokens.js';
