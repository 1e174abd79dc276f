export type {
  APIPromise,
  CallOptions,
  ExecStream,
  ExecStreamResult,
  ListRunsQuery,
  Logger,
  LogLevel,
  Page,
  PagePromise,
  RateLimitState,
  RetryInfo,
  RunStream,
  StreamOptions,
  WaitOptions,
  WithResponse,
} from '@runlet/core';
// Redaction, for your own logs: at most the prefix and the last four characters of a secret.
export {
  APIConnectionError,
  APIError,
  APIRedirectError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  ConflictError,
  InternalServerError,
  InvalidBaseURLError,
  InvalidKeyFormatError,
  InvalidOptionError,
  isRunletError,
  MissingCredentialsError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTooLargeError,
  ResponseValidationError,
  RunletError,
  redactHeaders,
  redactSecret,
  redactText,
  redactValue,
  ValidationError,
} from '@runlet/core';
export type { Agents, Keys, ListQuery, Runs, Sandboxes, Tokens } from '@runlet/core/internal';
export { assertValidKey } from '@runlet/core/internal';
// The API's types by name (what the resource methods return and take), scopes and token format, so that Node
// code needs no other Runlet import. Response enums are open: `ApiKey['status']` is `KeyStatus | (string & {})`.
export type {
  Agent,
  ApiKey,
  ClientToken,
  ClientTokenScope,
  CreatedApiKey,
  CreateKeyRequest,
  CreateRunRequest,
  CreateSandboxRequest,
  CreateTokenRequest,
  Environment,
  ErrorCode,
  ExecEvent,
  ExecExitEvent,
  ExecRequest,
  ExecResult,
  ExecStderrEvent,
  ExecStdoutEvent,
  KeySecrets,
  KeyStatus,
  KeyType,
  KeyUsage,
  Metadata,
  Principal,
  Profile,
  RotatedApiKey,
  RotateKeyRequest,
  Run,
  RunCompletedEvent,
  RunEvent,
  RunFailedEvent,
  RunOutputEvent,
  RunStartedEvent,
  RunStatus,
  RunToolCallEvent,
  Sandbox,
  SandboxStatus,
  Schemas,
  Scope,
  SetAlertRequest,
  Tier,
  TokenPrefix,
  UpdateKeyRequest,
  UsageAlert,
  UsageDay,
} from '@runlet/types';
export {
  CLIENT_TOKEN_SCOPES,
  DEFAULT_BASE_URL,
  enumValues,
  isValidToken,
  PROFILES,
  parseToken,
  SCOPES,
  TOKEN_PREFIXES,
} from '@runlet/types';
export { Runlet } from './client/runlet.js';
export type { RunletOptions } from './client/runlet-options.js';
export { ConfigFileError } from './config/config-file-error.js';
export { configFilePath } from './config/config-path.js';
export type { RunletConfigFile, RunletConfigProfile } from './config/parse-config-file.js';
export { readConfigFile } from './config/read-config-file.js';
export { removeConfigProfile } from './config/remove-config-profile.js';
export { writeConfigProfile } from './config/write-config-profile.js';
export type { CredentialOrigin, Sourced } from './credentials/credential-origin.js';
export { locateConfigProfile } from './credentials/locate-config-profile.js';
export type {
  ApiKeySetting,
  CredentialInput,
  CredentialOptions,
  CredentialSource,
  FoundCredentials,
  ResolvedCredentials,
} from './credentials/resolve-credentials.js';
export { findCredentials, resolveCredentials } from './credentials/resolve-credentials.js';
export type { RequestSigner } from './signing/create-signer.js';
export { createSigner } from './signing/create-signer.js';
export type { SignatureCheck, VerifySignatureInput } from './signing/verify-signature.js';
export { checkSignature, verifySignature } from './signing/verify-signature.js';
export type { TokenGrant, TokenHandlerOptions } from './token-handler/create-token-handler.js';
export { createTokenHandler } from './token-handler/create-token-handler.js';
export { toNodeHandler } from './token-handler/to-node-handler.js';
export { VERSION } from './version.js';
