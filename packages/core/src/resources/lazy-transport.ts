import { APIPromise } from '../client/api-promise.js';
import type { RunletClient } from '../client/runlet-client.js';
import { PagePromise } from '../pagination/page.js';

/**
 * Hands resources a core client that is built on first use, so that credentials are read lazily and a
 * missing key fails the first request, not the constructor.
 */
export class LazyTransport {
  readonly #client: () => Promise<RunletClient>;

  constructor(client: () => Promise<RunletClient>) {
    this.#client = client;
  }

  call<T>(run: (client: RunletClient) => APIPromise<T>): APIPromise<T> {
    return new APIPromise(this.#client().then((client) => run(client).withResponse()));
  }

  /** Opens one connection of an event stream (see `RunletClient.stream`). */
  stream(...args: Parameters<RunletClient['stream']>): ReturnType<RunletClient['stream']> {
    return this.#client().then((client) => client.stream(...args));
  }

  page<T>(run: (client: RunletClient) => PagePromise<T>): PagePromise<T> {
    return new PagePromise(this.#client().then((client) => run(client).withResponse()));
  }
}
