export type {
  Agents,
  APIPromise,
  CallOptions,
  Keys,
  ListQuery,
  Logger,
  LogLevel,
  Page,
  PagePromise,
  RateLimitState,
  RetryInfo,
  Runs,
  Sandboxes,
  Tokens,
  WithResponse,
} from '@runlet/core';
export {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  ConflictError,
  InternalServerError,
  InvalidKeyFormatError,
  isRunletError,
  MissingCredentialsError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  RunletError,
  ValidationError,
} from '@runlet/core';
export { Runlet } from './client/runlet.js';
export type { RunletOptions } from './client/runlet-options.js';
export { ConfigFileError } from './config/config-file-error.js';
export { configFilePath } from './config/config-path.js';
export type { RunletConfigFile, RunletConfigProfile } from './config/parse-config-file.js';
export { readConfigFile } from './config/read-config-file.js';
export { removeConfigProfile } from './config/remove-config-profile.js';
export { writeConfigProfile } from './config/write-config-profile.js';
export { InvalidBaseURLError } from './credentials/invalid-base-url-error.js';
export type {
  ApiKeySetting,
  CredentialOptions,
  CredentialSource,
  ResolvedCredentials,
} from './credentials/resolve-credentials.js';
export { DEFAULT_BASE_URL, resolveCredentials } from './credentials/resolve-credentials.js';
export type { RequestSigner } from './signing/create-signer.js';
export { createSigner } from './signing/create-signer.js';
export type { SignatureCheck, VerifySignatureInput } from './signing/verify-signature.js';
export { checkSignature, verifySignature } from './signing/verify-signature.js';
export type { TokenGrant, TokenHandlerOptions } from './token-handler/create-token-handler.js';
export { createTokenHandler } from './token-handler/create-token-handler.js';
export { toNodeHandler } from './token-handler/to-node-handler.js';
export { VERSION } from './version.js';
