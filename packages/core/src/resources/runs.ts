import type { Run } from '@runlet/types';
import type { APIPromise } from '../client/api-promise.js';
import type { CallOptions } from '../client/typed-paths.js';
import type { LazyTransport } from './lazy-transport.js';

/** `runlet.runs`: runs of agents. */
export class Runs {
  readonly #transport: LazyTransport;

  constructor(transport: LazyTransport) {
    this.#transport = transport;
  }

  retrieve(runId: string, options?: CallOptions): APIPromise<Run> {
    return this.#transport.call((c) => c.get('/v1/runs/{runId}', { ...options, params: { path: { runId } } }));
  }
}
