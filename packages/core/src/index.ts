// Redaction lives in @runlet/types, the one package every Runlet package (the reference backend too) may import.
export { redactHeaders, redactSecret, redactText, redactValue } from '@runlet/types/tokens';
export type { AuthContext, AuthStrategy } from './auth/auth-strategy.js';
export type { BearerAuthOptions, KeySource } from './auth/bearer-auth.js';
export { bearerAuth } from './auth/bearer-auth.js';
export type { WithResponse } from './client/api-promise.js';
export { APIPromise } from './client/api-promise.js';
export type { ClientOptions, FetchOptions, RetryInfo } from './client/runlet-client.js';
export { RunletClient } from './client/runlet-client.js';
export type {
  CallOptions,
  ListItem,
  ListPaths,
  Method,
  OptionsArgs,
  PathsWithMethod,
  RequestOptions,
  ResponseData,
} from './client/typed-paths.js';
export type { APIErrorInit } from './errors/api-error.js';
export {
  APIError,
  AuthenticationError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  ValidationError,
} from './errors/api-error.js';
export { APIConnectionError, APITimeoutError, APIUserAbortError } from './errors/connection-errors.js';
export { InvalidBaseURLError } from './errors/invalid-base-url-error.js';
export { InvalidKeyFormatError } from './errors/invalid-key-format-error.js';
export { InvalidOptionError } from './errors/invalid-option-error.js';
export { MissingCredentialsError } from './errors/missing-credentials-error.js';
export { RateLimitError } from './errors/rate-limit-error.js';
export { APIRedirectError, ResponseTooLargeError } from './errors/response-errors.js';
export type { ResponseIssue } from './errors/response-validation-error.js';
export { ResponseValidationError } from './errors/response-validation-error.js';
export { isRunletError, RunletError } from './errors/runlet-error.js';
export type { Logger, LogLevel } from './logger.js';
export type { FetchPage } from './pagination/page.js';
export { Page, PagePromise } from './pagination/page.js';
export type { RateLimitState } from './rate-limit.js';
export type { ListRunsQuery, WaitOptions } from './resources/runs.js';
export type { StreamOptions, StreamRequest } from './streams/event-stream.js';
export { EventStream } from './streams/event-stream.js';
export type { ExecStreamResult } from './streams/exec-stream.js';
export { ExecStream } from './streams/exec-stream.js';
export { RunStream } from './streams/run-stream.js';
export { VERSION } from './version.js';
