import type { paths } from '@runlet/types';
import { redactHeaders } from '@runlet/types/tokens';
import ky, { type Hooks, type KyInstance, type KyResponse, type ShouldRetryState } from 'ky';
import type { AuthStrategy } from '../auth/auth-strategy.js';
import { DEFAULTS } from '../defaults.js';
import { APIError } from '../errors/api-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { toRunletError } from '../errors/to-runlet-error.js';
import { assertBaseURL } from '../http/assert-base-url.js';
import { assertHeaderValues, assertIdempotencyKey } from '../http/assert-header-values.js';
import { createIdempotencyKey } from '../idempotency-key.js';
import { createLogger, type Logger, type LogLevel } from '../logger.js';
import { Page, PagePromise } from '../pagination/page.js';
import { parseRateLimit, type RateLimitState, retryAfterSeconds } from '../rate-limit.js';
import { backoffDelay, isRetryableMethod, RETRY_STATUSES } from '../retry/retry-policy.js';
import { canSetUserAgent, describeRuntime } from '../runtime.js';
import { BodyNotJsonError } from '../validation/body-not-json-error.js';
import { parseJson } from '../validation/parse-json.js';
import { readBody } from '../validation/read-body.js';
import { VERSION } from '../version.js';
import { APIPromise, type WithResponse } from './api-promise.js';
import { buildPath } from './build-url.js';
import type { Call } from './call.js';
import { readResponse } from './read-response.js';
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

/** Options of `new RunletClient()`, inherited by `new Runlet()` and `new RunletBrowser()`. */
export interface ClientOptions {
  /** The API root. @default 'https://api.runlet.dev' */
  baseURL?: string;
  /** How requests get credentials; see `bearerAuth`. Without one, requests are sent unauthenticated. */
  auth?: AuthStrategy;
  /** Retries after a network error, timeout, 408, 409, 429 or 5xx. @default 2 */
  maxRetries?: number;
  /** Per-attempt timeout in ms. @default 60000 */
  timeout?: number;
  /** Overall deadline of a call, retries included, in ms (ky's `totalTimeout`). @default none */
  deadline?: number;
  /** The longest `Retry-After` the client sleeps through, in ms; longer ones throw at once. @default 60000 */
  maxRetryAfter?: number;
  /**
   * The largest response body read, in bytes, counted while it streams; a larger one throws
   * `ResponseTooLargeError`. @default 10485760 (10 MiB)
   */
  maxResponseBytes?: number;
  /** Check every response against the spec's schema. @default 'strict' */
  validate?: 'strict' | 'warn' | 'off';
  /** A fetch implementation; by default `globalThis.fetch`, looked up per request so msw and other patches work. */
  fetch?: typeof fetch;
  /**
   * Extra options for every `fetch` call, e.g. undici's `dispatcher` for a corporate proxy in Node, or `cache`,
   * `credentials`, `keepalive`, `priority`. `method`, `body`, `headers`, `signal` and `redirect` are the SDK's.
   * @example { dispatcher: new ProxyAgent('http://proxy.internal:3128') } // import { ProxyAgent } from 'undici'
   */
  fetchOptions?: FetchOptions;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /**
   * ky hooks of your own (`beforeRequest`, `beforeRetry`, `afterResponse`, `beforeError`), run after the SDK's:
   * a `beforeRequest` hook sees the request signed and authenticated.
   * @example { beforeRequest: [({ request }) => request.headers.set('x-trace-id', traceId())] }
   */
  hooks?: Hooks;
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

/** `RequestInit` and runtime extras (undici's `dispatcher`, Next.js's `next`) passed to every `fetch`. */
export type FetchOptions = Omit<RequestInit, 'method' | 'body' | 'headers' | 'signal' | 'redirect' | 'window'> &
  Record<string, unknown>;

/** The options the SDK sets on every request itself, never taken from `fetchOptions`. */
const OWN_REQUEST_OPTIONS = new Set(['method', 'body', 'headers', 'signal', 'redirect', 'window']);

/**
 * The typed, retrying, validating HTTP client that every Runlet package builds on: a thin layer over one ky
 * instance. ky runs the request loop (retries with backoff, per-attempt timeout, the deadline as
 * `totalTimeout`, hooks); the Runlet rules are its configuration and hooks.
 */
export class RunletClient {
  readonly baseURL: string;
  readonly #options: ClientOptions;
  readonly #logger: Logger;
  readonly #debug: boolean;
  readonly #origin: string;
  /** The base URL's own path (`/api` in `https://host/api`), part of the path that is signed. */
  readonly #pathPrefix: string;
  readonly #ky: KyInstance;
  /** The client's per-attempt timeout, set on the ky instance; a call passes its own only when it differs. */
  readonly #timeout: number;
  readonly #maxResponseBytes: number;
  /** The call each request belongs to, for the wrapped fetch (ky hands it the request the hooks saw). */
  readonly #calls = new WeakMap<Request, Call>();
  /** The rate-limit state of each response, read once where the response arrives. */
  readonly #rateLimits = new WeakMap<Response, RateLimitState>();
  #lastRateLimit: RateLimitState | undefined;
  #lastRequestId: string | undefined;
  /** The package the user installed (from `clientName`), named in messages that say what to upgrade. */
  readonly #packageName: string;
  /** `field=value` of every unknown enum value already logged: once each per client. */
  readonly #unknownEnums = new Set<string>();

  constructor(options: ClientOptions = {}) {
    assertHeaderValues(options.headers, 'headers');
    if (options.baseURL !== undefined) assertBaseURL(options.baseURL, 'the `baseURL` option');
    this.#options = options;
    this.baseURL = (options.baseURL ?? DEFAULTS.baseURL).replace(/\/+$/, '');
    const url = new URL(this.baseURL);
    this.#origin = url.origin;
    this.#pathPrefix = url.pathname.replace(/\/+$/, '');
    const logLevel = options.logLevel ?? DEFAULTS.logLevel;
    this.#logger = createLogger(logLevel, options.logger);
    this.#debug = logLevel === 'debug';
    this.#timeout = options.timeout ?? DEFAULTS.timeout;
    this.#packageName = `@runlet/${/^runlet-(\w+)\//.exec(options.clientName ?? '')?.[1] ?? 'core'}`;
    this.#maxResponseBytes = options.maxResponseBytes ?? DEFAULTS.maxResponseBytes;
    this.#ky = this.#createKy();
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

  /**
   * Opens a `text/event-stream` call (retried, authenticated and signed like any other) and resolves to the response
   * once its headers arrive, the body unread (`EventStream` reads it), with the call's validation mode and the
   * client's logger for the events. An error status rejects as usual.
   */
  stream(
    method: Uppercase<Method>,
    path: keyof paths | (string & {}),
    options?: CallOptions & { params?: { path?: object; query?: object }; body?: unknown },
  ): Promise<WithResponse<[validate: 'strict' | 'warn' | 'off', logger: Logger]>> {
    return this.#send(method, path, { ...options, eventStream: true });
  }

  /** The untyped form of every call, for paths the types do not know yet. */
  request<T = unknown>(
    method: Uppercase<Method>,
    path: keyof paths | (string & {}),
    options?: CallOptions & { params?: { path?: object; query?: object }; body?: unknown },
  ): APIPromise<T> {
    return new APIPromise(this.#send<T>(method, path, options ?? {}));
  }

  async #send<T>(method: Uppercase<Method>, template: string, options: SendOptions): Promise<WithResponse<T>> {
    const call = this.#prepare(method, template, options);
    try {
      return await this.#call<T>(call, options);
    } catch (error) {
      // TOKEN_EXPIRED / SIGNATURE_EXPIRED: the strategy renews its credentials (or corrects its clock) and the
      // call runs once more, outside the retry budget, as openai-node re-calls after a token refresh.
      const auth = this.#options.auth;
      if (!(error instanceof APIError) || (error.status !== 401 && error.status !== 403) || !auth?.onAuthError)
        throw error;
      if (!(await auth.onAuthError(error, call.auth))) throw error;
      return this.#call<T>(call, options);
    }
  }

  #prepare(method: Uppercase<Method>, template: string, options: SendOptions): Call {
    const path = buildPath(
      template,
      options.params?.path as Record<string, unknown> | undefined,
      options.params?.query as Record<string, unknown> | undefined,
      method,
    );
    if (options.body !== undefined && method === 'GET') {
      throw new TypeError(`GET ${template} cannot have a body; pass its values as params.query.`);
    }
    assertHeaderValues(options.headers, 'headers');
    assertIdempotencyKey(options.idempotencyKey);
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const idempotencyKey =
      options.idempotencyKey === false
        ? undefined
        : (options.idempotencyKey ?? (method === 'GET' ? undefined : createIdempotencyKey()));
    const deadline = options.deadline ?? this.#options.deadline;
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    if (options.headers) Object.assign(headers, options.headers);
    // The path as sent, the base URL's own path included: what is signed, logged and named in errors.
    const sent = this.#pathPrefix + path;
    return {
      method,
      template,
      path: sent,
      origin: this.#origin,
      body,
      headers,
      hasHeaders: body !== undefined || idempotencyKey !== undefined || options.headers !== undefined,
      eventStream: options.eventStream === true,
      signal: options.signal,
      timeout: options.timeout ?? this.#options.timeout ?? DEFAULTS.timeout,
      maxRetries: options.maxRetries ?? this.#options.maxRetries ?? DEFAULTS.maxRetries,
      deadline,
      deadlineAt: deadline === undefined ? undefined : Date.now() + deadline,
      retryable: isRetryableMethod(method, idempotencyKey !== undefined),
      keepBody: Boolean(this.#options.hooks?.afterResponse?.length || options.hooks?.afterResponse?.length),
      auth: { method, path: sent, body: body ?? '', signal: options.signal },
      attemptStartedAt: Date.now(),
      nextDelay: 0,
      mapped: undefined,
    };
  }

  async #call<T>(call: Call, options: CallOptions): Promise<WithResponse<T>> {
    // Only what differs from the instance's defaults: ky deep-merges every option of every call.
    const pending = this.#ky(this.#origin + call.path, {
      method: call.method,
      ...(call.body !== undefined && { body: call.body }),
      ...(call.hasHeaders && { headers: call.headers }),
      ...(call.signal && { signal: call.signal }),
      ...(call.timeout !== this.#timeout && { timeout: call.timeout }),
      ...(call.deadlineAt !== undefined && { totalTimeout: Math.max(0, call.deadlineAt - Date.now()) }),
      retry: {
        limit: call.maxRetries,
        shouldRetry: (state) => this.#shouldRetry(call, state),
        delay: () => call.nextDelay,
      },
      context: { runlet: call },
      ...(options.hooks && { hooks: options.hooks }),
    });
    let response: KyResponse;
    try {
      response = await pending;
      const validate = options.validate ?? this.#options.validate ?? DEFAULTS.validate;
      if (call.eventStream) return { data: [validate, this.#logger] as T, response } as WithResponse<T>;
      const data = await readBody(pending, response, call, {
        mode: validate,
        logger: this.#logger,
        packageName: this.#packageName,
        unknownEnumsLogged: this.#unknownEnums,
      });
      const requestId = response.headers.get('x-request-id') ?? undefined;
      return { data: data as T, response, requestId, rateLimit: this.#rateLimits.get(response) };
    } catch (error) {
      throw toRunletError(error, call);
    }
  }

  /** ky's retry decision: refuse what the Runlet rules refuse, and set the wait of the retry it allows. */
  #shouldRetry(call: Call, { error, retryCount }: ShouldRetryState): boolean {
    const failure = toRunletError(error, call);
    const decision = this.#decide(call, error, failure, retryCount);
    if (typeof decision === 'string') {
      if (this.#debug)
        this.#logger.debug(`not retrying ${call.method} ${call.path} after ${describe(failure)}: ${decision}`);
      return false;
    }
    call.nextDelay = decision;
    this.#options.onRetry?.({
      method: call.method,
      path: call.path,
      retry: retryCount,
      maxRetries: call.maxRetries,
      delay: decision,
      error: failure,
    });
    if (this.#debug) {
      this.#logger.debug(
        `retrying ${call.method} ${call.path} in ${decision} ms (retry ${retryCount} of ${call.maxRetries}) after ${describe(failure)}`,
      );
    }
    return true;
  }

  /** The wait before the next attempt, or why there is none. */
  #decide(call: Call, error: Error, failure: Error, retryCount: number): number | string {
    if (call.signal?.aborted) return 'aborted';
    if (!call.retryable) return 'no Idempotency-Key';
    if (failure.name === 'APITimeoutError' && (failure as { kind?: string }).kind === 'deadline')
      return 'past the deadline';
    const connection = failure.name === 'APIConnectionError' || failure.name === 'APITimeoutError';
    // A 2xx body that is not JSON was garbled or cut short on the way: retried like a dropped connection.
    const garbled = error instanceof BodyNotJsonError;
    if (failure instanceof APIError ? !RETRY_STATUSES.includes(failure.status) : !connection && !garbled)
      return 'not retryable';
    const delay = this.#retryDelay(failure, retryCount);
    if (delay === undefined) return 'Retry-After > maxRetryAfter';
    if (call.deadlineAt !== undefined && Date.now() + delay >= call.deadlineAt)
      return `a ${delay} ms wait would pass the deadline`;
    return delay;
  }

  /** `Retry-After` (seconds or a date) on any retried status, `X-RateLimit-Reset` on a 429, else backoff. */
  #retryDelay(failure: Error, retryCount: number): number | undefined {
    const seconds =
      failure instanceof RateLimitError
        ? failure.retryAfter
        : failure instanceof APIError
          ? retryAfterSeconds(failure.headers, Date.now(), false)
          : undefined;
    if (seconds !== undefined && Number.isFinite(seconds)) {
      const ms = Math.ceil(seconds * 1000);
      return ms > (this.#options.maxRetryAfter ?? DEFAULTS.maxRetryAfter) ? undefined : ms;
    }
    return backoffDelay(retryCount - 1, this.#options.random);
  }

  #createKy(): KyInstance {
    const clientHeader = [`runlet-core/${VERSION}`, this.#options.clientName, `(${describeRuntime()})`]
      .filter(Boolean)
      .join(' ');
    const ready = (request: Request, call: Call, attempt: number) => {
      call.signal?.throwIfAborted();
      if (this.#debug) {
        this.#logger.debug(
          `→ ${call.method} ${request.url}${attempt ? ` (attempt ${attempt + 1})` : ''} ` +
            `${JSON.stringify(redactHeaders(request.headers))} ${call.body === undefined ? 'no body' : `${new TextEncoder().encode(call.body).byteLength} B body`}`,
        );
      }
    };
    const authenticate = (request: Request, call: Call, attempt: number): void | Promise<void> => {
      this.#calls.set(request, call);
      call.attemptStartedAt = Date.now();
      // A strategy that sets its headers synchronously (a static key) costs no promise of its own.
      const pending = this.#options.auth?.authenticate(request.headers, call.auth);
      if (pending) return pending.then(() => ready(request, call, attempt));
      ready(request, call, attempt);
    };
    const fetchOptions = Object.fromEntries(
      Object.entries(this.#options.fetchOptions ?? {}).filter(([name]) => !OWN_REQUEST_OPTIONS.has(name)),
    );
    const sdk = ky.create({
      // Standard RequestInit members go into each Request; the rest (dispatcher) ky hands to fetch as its init.
      ...fetchOptions,
      headers: {
        ...this.#options.headers,
        accept: 'application/json',
        'x-runlet-client': clientHeader,
        ...(canSetUserAgent() && { 'user-agent': clientHeader }),
      },
      throwHttpErrors: true,
      parseJson,
      timeout: this.#timeout,
      // shouldRetry decides every retry and always answers true or false, so ky's status lists, retryOnTimeout and
      // maxRetryAfter are never read (and each key here is merged again on every call): only the methods ky
      // checks first, and the cap on the wait shouldRetry sets (it refuses a longer Retry-After itself).
      retry: {
        methods: ['get', 'put', 'delete', 'post', 'patch'],
        backoffLimit: Math.max(this.#options.maxRetryAfter ?? DEFAULTS.maxRetryAfter, DEFAULTS.maxRetryDelay),
      },
      // Looked up per attempt, so msw and other patches of globalThis.fetch apply; rate-limit state and the
      // request id are read here rather than in an afterResponse hook, which would clone every response.
      // The API never redirects; a redirect is refused (readResponse) rather than followed with the signed body.
      redirect: 'manual',
      fetch: async (input, init) => {
        const send = this.#options.fetch ?? globalThis.fetch;
        const received = await send(input, init);
        const call = this.#calls.get(input as Request);
        const requestId = received.headers.get('x-request-id');
        if (requestId) this.#lastRequestId = requestId;
        const rateLimit = parseRateLimit(received.headers);
        if (rateLimit) this.#lastRateLimit = rateLimit;
        if (this.#debug) {
          const took = call ? ` in ${Date.now() - call.attemptStartedAt} ms` : '';
          this.#logger.debug(
            `← ${received.status} ${(input as Request).method} ${(input as Request).url}${took}${requestId ? `, ${requestId}` : ''}`,
          );
        }
        const keepBody = call?.keepBody ?? true;
        // An event stream's success body is read as it arrives, by EventStream, not whole here.
        const response =
          call && !(call.eventStream && received.ok)
            ? await readResponse(received, input as Request, call, { maxBytes: this.#maxResponseBytes, keepBody })
            : received;
        if (rateLimit) this.#rateLimits.set(response, rateLimit);
        return response;
      },
      hooks: {
        beforeRequest: [({ request, options }) => authenticate(request, callOf(options), 0)],
        beforeRetry: [({ request, options, retryCount }) => authenticate(request, callOf(options), retryCount)],
      },
    });
    return this.#options.hooks ? sdk.extend({ hooks: this.#options.hooks }) : sdk;
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

type SendOptions = CallOptions & {
  params?: { path?: object; query?: object };
  body?: unknown;
  /** The call is a `text/event-stream`: its success body is handed over unread. */
  eventStream?: boolean;
};

const callOf = (options: { context: Record<string, unknown> }) => options.context.runlet as Call;

const describe = (error: Error) =>
  error instanceof APIError ? `${error.status}${error.code ? ` ${error.code}` : ''}` : error.name;
