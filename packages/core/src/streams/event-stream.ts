import type { Run } from '@runlet/types';
import type { CallOptions } from '../client/typed-paths.js';
import { APIConnectionError, APIUserAbortError } from '../errors/connection-errors.js';
import { ResponseValidationError } from '../errors/response-validation-error.js';
import { createIdempotencyKey } from '../idempotency-key.js';
import type { LazyTransport } from '../resources/lazy-transport.js';
import { backoffDelay } from '../retry/retry-policy.js';
import { sleep } from '../sleep.js';

/** Options of a streaming call. */
export interface StreamOptions {
  /** Ends the stream: the loop over it throws `APIUserAbortError` and the connection is closed. */
  signal?: AbortSignal | undefined;
  /** Extra headers for every connection of the stream. */
  headers?: Record<string, string> | undefined;
  /** Reconnections in a row after the connection drops mid-stream, each after a backoff. @default 5 */
  maxReconnects?: number | undefined;
  /** Start after this event id, as if the stream had dropped there (`Last-Event-ID`). */
  lastEventId?: string | undefined;
}

/** The call each connection of a stream makes: the same one every time, plus `Last-Event-ID`. */
export interface StreamRequest {
  method: 'GET' | 'POST';
  /** The path template, `/v1/runs/{runId}/events`. */
  template: string;
  /** Its path parameters, or how to get them first (`agents.run` starts the run, then streams its events). */
  params: Record<string, string> | (() => Promise<Record<string, string>>);
  body?: unknown;
  /** Options of every connection: headers, timeout, retries; a POST keeps one `Idempotency-Key` across them. */
  options?: CallOptions;
}

/** @internal What the helpers of `RunStream` and `ExecStream` return. */
export interface Outcomes {
  run: Run;
  text: string;
  result: { stdout: string; stderr: string; exitCode: number };
}

/** @internal Where a stream is, and what its helpers return; kept by the loop. */
export interface StreamState {
  lastEventId: string | undefined;
  /** Whether a loop has started reading. */
  started: boolean;
  /** Whether the last event has been read. */
  finished: boolean;
  /** The helpers' read to the end, once. */
  drained: Promise<void> | undefined;
  text: string | undefined;
  stdout: string | undefined;
  stderr: string | undefined;
  exitCode: number | undefined;
  run: Run | undefined;
}

const tools = {
  APIConnectionError,
  APIUserAbortError,
  ResponseValidationError,
  backoffDelay,
  sleep,
  createIdempotencyKey,
};
/** @internal What the lazily loaded loop uses of the eager code. */
export type StreamTools = typeof tools;

/**
 * A server-sent event stream as an async iterable of typed events, read as it arrives with `eventsource-parser`.
 * When the connection drops before the last event it reconnects by itself with `Last-Event-ID` (bounded, with
 * backoff) and never yields an event twice. It can be iterated once; breaking out of the loop closes the connection.
 */
export class EventStream<E extends { type: string }> implements AsyncIterable<E> {
  /** What `readEvents` needs, as one field: it is all this class keeps. */
  readonly #args: [LazyTransport, StreamRequest, StreamOptions];
  /** @internal */
  protected readonly state: StreamState;

  constructor(transport: LazyTransport, request: StreamRequest, options: StreamOptions = {}) {
    this.#args = [transport, request, options];
    this.state = { lastEventId: options.lastEventId } as StreamState;
  }

  /** The id of the last event received, to resume from later with the `lastEventId` option. */
  get lastEventId(): string | undefined {
    return this.state.lastEventId;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<E> {
    // Loaded on first use, with eventsource-parser, so that a page that never streams does not ship them.
    const { readEvents } = await import('./read-events.js');
    yield* readEvents<E>(...this.#args, this.state, tools);
  }

  /** What a helper returns, reading the stream to its end unless a loop already did. */
  protected async outcome<K extends keyof Outcomes>(what: K): Promise<Outcomes[K]> {
    const { outcome } = await import('./read-events.js');
    return outcome(this, this.state, what);
  }
}
