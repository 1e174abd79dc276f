import type { paths } from '@runlet/types';
import type { Hooks } from 'ky';

/** The HTTP methods of typed calls, as `RunletClient`'s method names spell them. */
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

/** The paths that have an operation for `M`. */
export type PathsWithMethod<M extends Method> = {
  [P in keyof paths]: [NonNullable<paths[P][M]>] extends [never] ? never : P;
}[keyof paths];

type PathParams<O> = O extends { parameters: infer Params } ? (Params extends { path: infer X } ? X : never) : never;
type QueryParams<O> = O extends { parameters: infer Params }
  ? Params extends { query?: infer Q }
    ? [Q] extends [never | undefined]
      ? never
      : Q
    : never
  : never;
type JsonBody<B> = B extends { content: { 'application/json': infer J } } ? J : never;

type ParamsOption<O> = [PathParams<O>] extends [never]
  ? [QueryParams<O>] extends [never]
    ? { params?: never }
    : { params?: { query?: QueryParams<O> } }
  : [QueryParams<O>] extends [never]
    ? { params: { path: PathParams<O> } }
    : { params: { path: PathParams<O>; query?: QueryParams<O> } };

type BodyOption<O> = O extends { requestBody: infer B }
  ? { body: JsonBody<B> }
  : O extends { requestBody?: infer B }
    ? [NonNullable<B>] extends [never]
      ? { body?: never }
      : { body?: JsonBody<NonNullable<B>> }
    : { body?: never };

/** Options of one call besides its parameters and body. */
export interface CallOptions {
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /** Aborts the call (all attempts); the call rejects with `APIUserAbortError`. */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms. @default the client's `timeout` (60000) */
  timeout?: number;
  /** Overall deadline for the call, retries included, in ms. */
  deadline?: number;
  /** Retries for this call. @default the client's `maxRetries` (2) */
  maxRetries?: number;
  /**
   * The `Idempotency-Key` of this call; by default one is generated per POST, PATCH, PUT and DELETE call and kept
   * across its attempts. `false` sends none, which also means a POST or PATCH is not retried.
   */
  idempotencyKey?: string | false;
  /** Response validation for this call. @default the client's `validate` */
  validate?: 'strict' | 'warn' | 'off';
  /** ky hooks for this call only, run after the client's. */
  hooks?: Hooks;
}

/** The options of a call to `path` with `method`: typed `params`, `body`, plus `CallOptions`. */
export type RequestOptions<P extends keyof paths, M extends Method> = CallOptions &
  ParamsOption<Operation<P, M>> &
  BodyOption<Operation<P, M>>;

type SuccessResponse<R> = R extends { 200: infer X } ? X : R extends { 201: infer X } ? X : never;

/** The parsed JSON of a successful call. */
export type ResponseData<P extends keyof paths, M extends Method> = JsonBody<
  SuccessResponse<Operation<P, M>['responses']>
>;

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/**
 * `[options]` when some option is required, else `[options?]`. When `path` is not one of `M`'s, `P` falls back
 * to all of them; no argument is then required beyond the path, so the error names the path as not assignable
 * instead of `Expected 2 arguments`.
 */
export type OptionsArgs<P extends keyof paths, M extends Method> =
  | ([RequiredKeys<RequestOptions<P, M>>] extends [never]
      ? [options?: RequestOptions<P, M>]
      : [options: RequestOptions<P, M>])
  | ([PathsWithMethod<M>] extends [P] ? [] : never);

/** Paths whose GET returns a page: `{ data: T[], nextCursor }`. */
export type ListPaths = {
  [P in PathsWithMethod<'get'>]: ResponseData<P, 'get'> extends { data: unknown[]; nextCursor: string | null }
    ? P
    : never;
}[PathsWithMethod<'get'>];

/** The item type of a list path. */
export type ListItem<P extends ListPaths> = ResponseData<P, 'get'> extends { data: (infer T)[] } ? T : never;
