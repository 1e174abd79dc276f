import type { paths } from '@runlet/types';
import type { AuthContext, AuthStrategy } from '../auth/auth-strategy.js';
import { DEFAULTS } from '../defaults.js';
import type { APIError } from '../errors/api-error.js';
import { APIConnectionError, APITimeoutError, APIUserAbortError } from '../errors/connection-errors.js';
import { makeAPIError } from '../errors/make-api-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { ResponseValidationError } from '../errors/response-validation-error.js';
import { freshHeaders } from '../http/fresh-headers.js';
import { createIdempotencyKey } from '../idempotency-key.js';
import { createLogger, type Logger, type LogLevel } from '../logger.js';
import { Page, PagePromise } from '../pagination/page.js';
import { parseRateLimit, type RateLimitState, retryAfterSeconds } from '../rate-limit.js';
import { backoffDelay, isRetryableMethod, isRetryableStatus } from '../retry/retry-policy.js';
import { canSetUserAgent, describeRuntime } from '../runtime.js';
import { sleep } from '../sleep.js';
import { VERSION } from '../version.js';
import { APIPromise, type WithResponse } from './api-promise.js';
import { buildPath } from './build-url.js';
import type {
  CallOptions,
  ListItem,
  ListPaths,
  Method,
  OptionsArgs,
  PathsWithMethod,
  ResponseData,
} from './typed-paths.js';

/** What `onRetry` is told before each retry. */
export interface RetryInfo {
  method: string;
  path: string;
  /** The retry about to happen: 1 for the first. */
  retry: number;
  maxRetries: number;
  /** How long the client waits first, in ms. */
  delay: number;
  error: unknown;
}

export interface ClientOptions {
  /** The API root. @default 'https://api.runlet.dev' */
  baseURL?: string;
  /** How requests get credentials; see `bearerAuth`. Without one, requests are sent unauthenticated. */
  auth?: AuthStrategy;
  /** Retries after a network error, timeout, 408, 409, 429 or 5xx. @default 2 */
  maxRetries?: number;
  /** Per-attempt timeout in ms. @default 60000 */
  timeout?: number;
  /** Overall deadline of a call, retries included, in ms. @default none */
  deadline?: number;
  /** The longest `Retry-After` the client sleeps through, in ms; longer ones throw at once. @default 60000 */
  maxRetryAfter?: number;
  /** Check every response against the spec's schema. @default 'strict' */
  validate?: 'strict' | 'warn' | 'off';
  /** A fetch implementation; by default `globalThis.fetch`, looked up per request so msw and other patches work. */
  fetch?: typeof fetch;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** @default 'warn' */
  logLevel?: LogLevel;
  /** Where log lines go (already redacted). @default console */
  logger?: Logger;
  /** Called before every retry. */
  onRetry?: (info: RetryInfo) => void;
  /** Appended to `X-Runlet-Client`, e.g. `runlet-node/1.0.0`. */
  clientName?: string;
  /** Source of randomness for jitter (tests). @default Math.random */
  random?: () => number;
}

const TIMEOUT = Symbol('timeout');
type SpecValidator = typeof import('../validation/spec-validator.js');
let specValidator: Promise<SpecValidator> | undefined;

/** The typed, retrying, validating HTTP client that every Runlet package builds on. */
export class RunletClient {
  readonly baseURL: string;
  readonly #options: ClientOptions;
  readonly #logger: Logger;
  readonly #debug: boolean;
  /** The headers every request starts from, merged once: `options.headers`, then the SDK's own. */
  readonly #baseHeaders: [string, string][];
  /** The base URL's own path (`/api` in `https://host/api`), part of the path that is signed. */
  readonly #pathPrefix: string;
  #lastRateLimit: RateLimitState | undefined;
  #lastRequestId: string | undefined;

  constructor(options: ClientOptions = {}) {
    this.#options = options;
    this.baseURL = (options.baseURL ?? DEFAULTS.baseURL).replace(/\/+$/, '');
    this.#pathPrefix = new URL(this.baseURL).pathname.replace(/\/+$/, '');
    this.#logger = createLogger(options.logLevel ?? DEFAULTS.logLevel, options.logger);
    this.#debug = (options.logLevel ?? DEFAULTS.logLevel) === 'debug';
    const clientHeader = [`runlet-core/${VERSION}`, options.clientName, `(${describeRuntime()})`]
      .filter(Boolean)
      .join(' ');
    const base = freshHeaders(options.headers, {
      accept: 'application/json',
      'x-runlet-client': clientHeader,
      ...(canSetUserAgent() && { 'user-agent': clientHeader }),
    });
    this.#baseHeaders = [...base];
  }

  /** The rate-limit state of the last response that carried one. */
  get lastRateLimit(): RateLimitState | undefined {
    return this.#lastRateLimit;
  }

  /** The request id of the last response. */
  get lastRequestId(): string | undefined {
    return this.#lastRequestId;
  }

  /** A client with the same settings but `overrides` layered on top. */
  withOptions(overrides: ClientOptions): RunletClient {
    return new RunletClient({ ...this.#options, ...overrides });
  }

  get<P extends PathsWithMethod<'get'>>(path: P, ...args: OptionsArgs<P, 'get'>): APIPromise<ResponseData<P, 'get'>> {
    return this.request('GET', path, args[0]) as APIPromise<ResponseData<P, 'get'>>;
  }

  post<P extends PathsWithMethod<'post'>>(
    path: P,
    ...args: OptionsArgs<P, 'post'>
  ): APIPromise<ResponseData<P, 'post'>> {
    return this.request('POST', path, args[0]) as APIPromise<ResponseData<P, 'post'>>;
  }

  put<P extends PathsWithMethod<'put'>>(path: P, ...args: OptionsArgs<P, 'put'>): APIPromise<ResponseData<P, 'put'>> {
    return this.request('PUT', path, args[0]) as APIPromise<ResponseData<P, 'put'>>;
  }

  patch<P extends PathsWithMethod<'patch'>>(
    path: P,
    ...args: OptionsArgs<P, 'patch'>
  ): APIPromise<ResponseData<P, 'patch'>> {
    return this.request('PATCH', path, args[0]) as APIPromise<ResponseData<P, 'patch'>>;
  }

  delete<P extends PathsWithMethod<'delete'>>(
    path: P,
    ...args: OptionsArgs<P, 'delete'>
  ): APIPromise<ResponseData<P, 'delete'>> {
    return this.request('DELETE', path, args[0]) as APIPromise<ResponseData<P, 'delete'>>;
  }

  /** A list call: await it for the first page, or `for await` over every item of every page. */
  list<P extends ListPaths>(path: P, ...args: OptionsArgs<P, 'get'>): PagePromise<ListItem<P>> {
    type Item = ListItem<P>;
    const options = (args[0] ?? {}) as CallOptions & { params?: { path?: object; query?: Record<string, unknown> } };
    const fetchPage = (cursor: string | undefined): PagePromise<Item> => {
      const query = { ...options.params?.query, ...(cursor ? { cursor } : {}) };
      const result = this.#send<{ data: Item[]; nextCursor: string | null }>('GET', path, {
        ...options,
        params: { ...options.params, query },
      });
      return new PagePromise(result.then((r) => ({ ...r, data: new Page(r.data, (next) => fetchPage(next)) })));
    };
    return fetchPage(undefined);
  }

  /** The untyped form of every call, for paths the types do not know yet. */
  request<T = unknown>(
    method: Uppercase<Method>,
    path: keyof paths | (string & {}),
    options?: CallOptions & { params?: { path?: object; query?: object }; body?: unknown },
  ): APIPromise<T> {
    return new APIPromise(this.#send<T>(method, path, options ?? {}));
  }

  async #send<T>(
    method: Uppercase<Method>,
    template: string,
    options: CallOptions & { params?: { path?: object; query?: object }; body?: unknown },
  ): Promise<WithResponse<T>> {
    const path = buildPath(
      template,
      options.params?.path as Record<string, unknown> | undefined,
      options.params?.query as Record<string, unknown> | undefined,
      method,
    );
    if (options.body !== undefined && method === 'GET') {
      throw new TypeError(`GET ${template} cannot have a body; pass its values as params.query.`);
    }
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const idempotencyKey =
      options.idempotencyKey === false
        ? undefined
        : (options.idempotencyKey ?? (method === 'POST' || method === 'PATCH' ? createIdempotencyKey() : undefined));
    const maxRetries = options.maxRetries ?? this.#options.maxRetries ?? DEFAULTS.maxRetries;
    const timeout = options.timeout ?? this.#options.timeout ?? DEFAULTS.timeout;
    const deadlineMs = options.deadline ?? this.#options.deadline;
    const deadlineAt = deadlineMs === undefined ? undefined : Date.now() + deadlineMs;
    const validate = options.validate ?? this.#options.validate ?? DEFAULTS.validate;
    const retryable = isRetryableMethod(method, idempotencyKey !== undefined);
    let retries = 0;
    let authRetried = false;

    for (let attemptNumber = 0; ; attemptNumber++) {
      const context: AuthContext = {
        method,
        path: this.#pathPrefix + path,
        body: body ?? '',
        attempt: attemptNumber,
        signal: options.signal,
      };
      const headers = this.#headers(options, body !== undefined, idempotencyKey);
      try {
        // A strategy that sets its headers synchronously (a static key) costs no extra turn of the event loop.
        const pending = this.#options.auth?.authenticate(headers, context);
        if (pending) await pending;
      } catch (error) {
        // A strategy waiting on a token renewal sees the caller's abort first; report it as one.
        if (options.signal?.aborted) throw new APIUserAbortError({ method, path, cause: options.signal.reason });
        throw error;
      }
      if (this.#debug)
        this.#logger.debug(`→ ${method} ${path}${attemptNumber ? ` (attempt ${attemptNumber + 1})` : ''}`);

      const started = Date.now();
      let response: Response;
      let text: string;
      let failure: unknown;
      const limit = deadlineAt === undefined ? timeout : Math.min(timeout, deadlineAt - started);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(TIMEOUT), Math.max(0, limit));
      const onAbort = options.signal && (() => controller.abort(options.signal?.reason));
      if (onAbort) options.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        if (options.signal?.aborted) throw options.signal.reason;
        // Looked up per attempt, so msw and other patches of globalThis.fetch apply; the body is the exact
        // string that was signed.
        const send = this.#options.fetch ?? globalThis.fetch;
        response = await send(this.baseURL + path, { method, headers, body: body ?? null, signal: controller.signal });
        text = await response.text();
      } catch (error) {
        failure = this.#connectionError(error, controller.signal, method, path, limit, limit < timeout);
      } finally {
        clearTimeout(timer);
        if (onAbort) options.signal?.removeEventListener('abort', onAbort);
      }

      if (failure === undefined) {
        // biome-ignore lint/style/noNonNullAssertion: both are assigned when nothing failed
        const res = response!;
        // biome-ignore lint/style/noNonNullAssertion: as above
        const resText = text!;
        const requestId = res.headers.get('x-request-id') ?? undefined;
        const rateLimit = parseRateLimit(res.headers);
        if (requestId) this.#lastRequestId = requestId;
        if (rateLimit) this.#lastRateLimit = rateLimit;
        this.#options.auth?.onResponse?.(res, context);
        if (this.#debug) {
          this.#logger.debug(
            `← ${res.status} ${method} ${path} (${Date.now() - started} ms${requestId ? `, ${requestId}` : ''})`,
          );
        }
        if (res.ok) {
          const data = parseJson(resText, template, method, path, res.status, requestId);
          if (validate !== 'off') await this.#validate(template, res, data, validate, method, path, requestId);
          return { data: data as T, response: res, requestId, rateLimit };
        }
        const error = makeAPIError({
          status: res.status,
          statusText: res.statusText,
          headers: res.headers,
          bodyText: resText,
          method,
          path: path.split('?')[0] ?? path,
          now: Date.now(),
        });
        if ((res.status === 401 || res.status === 403) && !authRetried && this.#options.auth?.onAuthError) {
          if (await this.#options.auth.onAuthError(error, context)) {
            authRetried = true;
            continue;
          }
        }
        failure = error;
        if (!isRetryableStatus(res.status)) throw error;
      }

      if (!retryable || retries >= maxRetries || failure instanceof APIUserAbortError || isDeadline(failure)) {
        throw failure;
      }
      const delay = this.#retryDelay(failure, retries);
      if (deadlineAt !== undefined && Date.now() + delay >= deadlineAt) throw failure;
      retries++;
      this.#options.onRetry?.({ method, path, retry: retries, maxRetries, delay, error: failure });
      this.#logger.debug(
        `retrying ${method} ${path} in ${delay} ms (retry ${retries} of ${maxRetries}) after ${describe(failure)}`,
      );
      try {
        await sleep(delay, options.signal);
      } catch (reason) {
        throw new APIUserAbortError({ method, path, cause: reason });
      }
    }
  }

  #headers(options: CallOptions, hasBody: boolean, idempotencyKey: string | undefined): Headers {
    const headers = freshHeaders(this.#baseHeaders);
    if (hasBody) headers.set('content-type', 'application/json');
    if (idempotencyKey) headers.set('idempotency-key', idempotencyKey);
    if (options.headers) for (const [name, value] of Object.entries(options.headers)) headers.set(name, value);
    return headers;
  }

  #retryDelay(failure: unknown, retries: number): number {
    // Retry-After in seconds or as an HTTP date, on a 429 or any other retried status (503, 408…). A used-up
    // window (X-RateLimit-Reset) counts only for a 429: a 503 on the last request of the hour is not a 429.
    const seconds =
      failure instanceof RateLimitError
        ? failure.retryAfter
        : isAPIError(failure)
          ? retryAfterSeconds(failure.headers, Date.now(), false)
          : undefined;
    if (seconds !== undefined && Number.isFinite(seconds)) {
      const ms = Math.ceil(seconds * 1000);
      const max = this.#options.maxRetryAfter ?? DEFAULTS.maxRetryAfter;
      if (ms > max) throw failure;
      return ms;
    }
    return backoffDelay(retries, this.#options.random);
  }

  async #validate(
    template: string,
    response: Response,
    data: unknown,
    mode: 'strict' | 'warn',
    method: string,
    path: string,
    requestId: string | undefined,
  ) {
    specValidator ??= import('../validation/spec-validator.js');
    const result = (await specValidator).validateBySpec(method, template, response.status, data);
    if (!result || result.issues.length === 0) return;
    const error = new ResponseValidationError({
      operationId: result.operationId,
      method,
      path,
      status: response.status,
      issues: result.issues,
      requestId,
    });
    if (mode === 'strict') throw error;
    this.#logger.warn(error.message);
  }

  #connectionError(
    error: unknown,
    signal: AbortSignal,
    method: string,
    path: string,
    limit: number,
    fromDeadline: boolean,
  ): Error {
    if (signal.reason === TIMEOUT) {
      return new APITimeoutError({ method, path, timeout: limit, what: fromDeadline ? 'deadline' : 'timeout' });
    }
    if (signal.aborted) return new APIUserAbortError({ method, path, cause: signal.reason });
    if (error instanceof SyntaxError) {
      return new APIConnectionError({ method, path, cause: error, message: 'The API answered with invalid JSON' });
    }
    return new APIConnectionError({ method, path, cause: error });
  }

  toJSON() {
    return {
      baseURL: this.baseURL,
      auth: this.#options.auth?.describe?.() ?? (this.#options.auth ? 'custom' : 'none'),
    };
  }

  toString() {
    return `RunletClient ${JSON.stringify(this.toJSON())}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')]() {
    return this.toString();
  }
}

function parseJson(
  text: string,
  operationId: string,
  method: string,
  path: string,
  status: number,
  requestId: string | undefined,
): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    const snippet = text.slice(0, 60).replace(/\s+/g, ' ');
    throw new ResponseValidationError({
      operationId,
      method,
      path,
      status,
      requestId,
      issues: [{ path: '$', message: `not JSON: "${snippet}"` }],
    });
  }
}

const isAPIError = (error: unknown): error is APIError =>
  typeof error === 'object' && error !== null && 'status' in error && 'headers' in error;
const isDeadline = (error: unknown) => error instanceof APITimeoutError && error.kind === 'deadline';
const describe = (error: unknown) =>
  isAPIError(error)
    ? `${error.status}${error.code ? ` ${error.code}` : ''}`
    : error instanceof Error
      ? error.name
      : 'error';
