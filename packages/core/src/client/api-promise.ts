import type { RateLimitState } from '../rate-limit.js';

/** What a call resolved to, with the raw response (its body already read) and the headers users reach for. */
export interface WithResponse<T> {
  data: T;
  response: Response;
  requestId: string | undefined;
  rateLimit: RateLimitState | undefined;
}

/**
 * The promise every call returns: await it for the parsed data, or call `.withResponse()` for the raw
 * `Response`, request id and rate-limit state as well.
 */
export class APIPromise<T> implements PromiseLike<T> {
  readonly #result: Promise<WithResponse<T>>;
  #data: Promise<T> | undefined;

  constructor(result: Promise<WithResponse<T>>) {
    this.#result = result;
  }

  /** The data together with the raw `Response`, its request id and rate-limit state. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result;
  }

  /** An APIPromise of `transform(data)`, keeping the response, request id and rate-limit state. */
  map<U>(transform: (data: T) => U): APIPromise<U> {
    return new APIPromise(this.#result.then((r) => ({ ...r, data: transform(r.data) })));
  }

  #dataPromise(): Promise<T> {
    this.#data ??= this.#result.then((r) => r.data);
    return this.#data;
  }

  // biome-ignore lint/suspicious/noThenProperty: APIPromise is a thenable on purpose, like openai-node's.
  then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#dataPromise().then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.#dataPromise().catch(onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.#dataPromise().finally(onFinally);
  }

  get [Symbol.toStringTag]() {
    return 'APIPromise';
  }
}
