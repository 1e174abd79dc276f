import type { Agent, CreateRunRequest, Run } from '@runlet/types';
import type { APIPromise } from '../client/api-promise.js';
import type { CallOptions } from '../client/typed-paths.js';
import type { PagePromise } from '../pagination/page.js';
import type { StreamOptions } from '../streams/event-stream.js';
import { RunStream } from '../streams/run-stream.js';
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

  /**
   * Starts a run of the agent. With `{ stream: true }` it returns the run's events instead (`runs.stream()` of the
   * run started), so that nothing is missed between starting and watching.
   * @example const text = await runlet.agents.run(agentId, { input }, { stream: true }).text();
   */
  run(agentId: string, body: CreateRunRequest, options: StreamOptions & CallOptions & { stream: true }): RunStream;
  run(agentId: string, body: CreateRunRequest, options?: CallOptions & { stream?: false }): APIPromise<Run>;
  run(
    agentId: string,
    body: CreateRunRequest,
    options: CallOptions & StreamOptions & { stream?: boolean } = {},
  ): APIPromise<Run> | RunStream {
    const start = () =>
      this.#transport.call((c) =>
        c.post('/v1/agents/{agentId}/runs', { ...options, params: { path: { agentId } }, body }),
      );
    if (!options.stream) return start();
    const params = () => start().then((run) => ({ runId: run.id }));
    const request = { method: 'GET', template: '/v1/runs/{runId}/events', params } as const;
    return new RunStream(this.#transport, request, options);
  }
}
