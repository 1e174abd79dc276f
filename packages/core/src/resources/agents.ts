import type { Agent, CreateRunRequest, Run } from '@runlet/types';
import type { APIPromise } from '../client/api-promise.js';
import type { CallOptions } from '../client/typed-paths.js';
import type { PagePromise } from '../pagination/page.js';
import type { ListQuery } from './keys.js';
import type { LazyTransport } from './lazy-transport.js';

/** `runlet.agents`: AI agents and their runs. */
export class Agents {
  readonly #t: LazyTransport;

  constructor(transport: LazyTransport) {
    this.#t = transport;
  }

  list(query: ListQuery = {}, options?: CallOptions): PagePromise<Agent> {
    return this.#t.page((c) => c.list('/v1/agents', { ...options, params: { query } }));
  }

  retrieve(agentId: string, options?: CallOptions): APIPromise<Agent> {
    return this.#t.call((c) => c.get('/v1/agents/{agentId}', { ...options, params: { path: { agentId } } }));
  }

  /** Starts a run of the agent. */
  run(agentId: string, body: CreateRunRequest, options?: CallOptions): APIPromise<Run> {
    return this.#t.call((c) =>
      c.post('/v1/agents/{agentId}/runs', { ...options, params: { path: { agentId } }, body }),
    );
  }
}

/** `runlet.runs`: runs of agents. */
export class Runs {
  readonly #t: LazyTransport;

  constructor(transport: LazyTransport) {
    this.#t = transport;
  }

  retrieve(runId: string, options?: CallOptions): APIPromise<Run> {
    return this.#t.call((c) => c.get('/v1/runs/{runId}', { ...options, params: { path: { runId } } }));
  }
}
