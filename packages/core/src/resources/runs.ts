import type { Run, RunStatus } from '@runlet/types';
import type { APIPromise } from '../client/api-promise.js';
import type { CallOptions } from '../client/typed-paths.js';
import { RunletError } from '../errors/runlet-error.js';
import type { PagePromise } from '../pagination/page.js';
import { backoffDelay } from '../retry/retry-policy.js';
import { sleep } from '../sleep.js';
import type { StreamOptions } from '../streams/event-stream.js';
import { RunStream } from '../streams/run-stream.js';
import type { LazyTransport } from './lazy-transport.js';
import type { ListQuery } from './list-query.js';

/** The query of `runs.list()`: a page of runs, optionally of one agent or in one status. */
export type ListRunsQuery = ListQuery & { agentId?: string; status?: RunStatus };

/** Options of `runs.wait()`. */
export interface WaitOptions {
  /** Give up after this many ms with a `RunletError`. @default none */
  timeout?: number;
  /** Stops waiting; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** `runlet.runs`: runs of agents. */
export class Runs {
  readonly #transport: LazyTransport;

  constructor(transport: LazyTransport) {
    this.#transport = transport;
  }

  /** Lists runs, newest first: await it for a page, or `for await` over every run. */
  list(query: ListRunsQuery = {}, options?: CallOptions): PagePromise<Run> {
    return this.#transport.page((c) => c.list('/v1/runs', { ...options, params: { query } }));
  }

  retrieve(runId: string, options?: CallOptions): APIPromise<Run> {
    return this.#transport.call((c) => c.get('/v1/runs/{runId}', { ...options, params: { path: { runId } } }));
  }

  /**
   * The run's events as they happen, from the first (or after `lastEventId`) to `run.completed` or `run.failed`;
   * resumes by itself after a dropped connection.
   * @example for await (const event of runlet.runs.stream(runId)) if (event.type === 'run.output') write(event.delta);
   */
  stream(runId: string, options: StreamOptions = {}): RunStream {
    const request = { method: 'GET', template: '/v1/runs/{runId}/events', params: { runId } } as const;
    return new RunStream(this.#transport, request, options);
  }

  /**
   * Polls the run, with backoff (0.5 s doubling to 8 s), until it has `succeeded` or `failed`, and
   * resolves to it: for code that does not want a stream.
   */
  async wait(runId: string, options: WaitOptions = {}): Promise<Run> {
    // Loaded on first use, so that a page that never waits does not ship it.
    const { waitForRun } = await import('./wait-for-run.js');
    return waitForRun(this, runId, options, { RunletError, backoffDelay, sleep });
  }
}
