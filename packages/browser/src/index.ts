export type {
  APIPromise,
  CallOptions,
  ExecStream,
  ExecStreamResult,
  ListRunsQuery,
  Page,
  PagePromise,
  RateLimitState,
  RunStream,
  StreamOptions,
  WaitOptions,
} from '@runlet/core';
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
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTooLargeError,
  ResponseValidationError,
  RunletError,
  ValidationError,
} from '@runlet/core';
// The API's types by name, for your own annotations. Response enums are open: `Sandbox['status']` is
// `SandboxStatus | (string & {})`.
export type {
  Agent,
  ClientToken,
  ClientTokenScope,
  CreateRunRequest,
  CreateSandboxRequest,
  ErrorCode,
  ExecEvent,
  ExecExitEvent,
  ExecRequest,
  ExecResult,
  ExecStderrEvent,
  ExecStdoutEvent,
  Metadata,
  Principal,
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
} from '@runlet/types';
export { RunletBrowser } from './client/runlet-browser.js';
export type { RunletBrowserOptions } from './client/runlet-browser-options.js';
export { assertNotSecret } from './token/assert-not-secret.js';
export type { TokenResponse } from './token/check-token-response.js';
export type { FetchToken, FetchTokenFromUrlOptions } from './token/fetch-token-from-url.js';
export { fetchTokenFromUrl } from './token/fetch-token-from-url.js';
export type { SecretPrefix } from './token/secret-key-in-browser-error.js';
export { SecretKeyInBrowserError } from './token/secret-key-in-browser-error.js';
export type { TokenSource } from './token/token-auth.js';
export { createTokenAuth } from './token/token-auth.js';
export type { TokenExchangeErrorInit } from './token/token-exchange-error.js';
export { TokenExchangeError } from './token/token-exchange-error.js';
export { TokenManager } from './token/token-manager.js';
export type { RenewEventTarget, TokenManagerOptions } from './token/token-manager-options.js';
export { VERSION } from './version.js';
