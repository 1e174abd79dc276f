import type { Agent, CreateRunRequest, Run } from '@runlet/types';
import type { APIPromise } from '../client/api-promise.js';
import type { CallOptions } from '../client/typed-paths.js';
import type { PagePromise } from '../pagination/page.js';
import type { LazyTransport } from './lazy-transport.js';
import type { ListQuery } from './list-query.js';

/** `runlet.agents`: AI agents and their runs. */
export class Agents {
  readonly #transport: LazyTransport;

  constructor(transport: LazyTransport) {
    this.#transport = transport;
  }

  list(query: ListQuery = {}, options?: CallOptions): PagePromise<Agent> {
    return this.#transport.page((c) => c.list('/v1/agents', { ...options, params: { query } }));
  }

  retrieve(agentId: string, options?: CallOptions): APIPromise<Agent> {
    return this.#transport.call((c) => c.get('/v1/agents/{agentId}', { ...options, params: { path: { agentId } } }));
  }

  /** Starts a run of the agent. */
  run(agentId: string, body: CreateRunRequest, options?: CallOptions): APIPromise<Run> {
    return this.#transport.call((c) =>
      c.post('/v1/agents/{agentId}/runs', { ...options, params: { path: { agentId } }, body }),
    );
  }
}
