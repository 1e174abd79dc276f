import type { Run } from '@runlet/types';
import { EventSourceParserStream } from 'eventsource-parser/stream';
import type { Logger } from '../logger.js';
import type { LazyTransport } from '../resources/lazy-transport.js';

import type { Outcomes, StreamOptions, StreamRequest, StreamState, StreamTools } from './event-stream.js';

// Loaded on first use: it imports nothing the eager code imports (a bundler would split that into a chunk of its
// own); the errors and backoff come in `tools`.

const RUN_EVENTS_PATH = '/v1/runs/{runId}/events';
/** The run events the spec has; others (newer than this version) are passed on unchecked. */
const RUN_EVENT_TYPES = new Set(['run.started', 'run.output', 'run.tool_call', 'run.completed', 'run.failed']);

/**
 * Checks each run event against the spec's `RunEvent`, as a response is checked: under `strict` a mismatch throws
 * `ResponseValidationError`, under `warn` it is logged.
 */
async function checkRunEvents(
  mode: 'strict' | 'warn',
  logger: Logger,
  tools: StreamTools,
): Promise<(event: { type: string }, path: string) => void> {
  const { specAnswer } = await import('../validation/spec-validator.js');
  const answer = specAnswer('GET', RUN_EVENTS_PATH, 200, () => undefined);
  return (event, path) => {
    if (answer.kind !== 'schema' || !RUN_EVENT_TYPES.has(event.type)) return;
    const result = answer.schema['~standard'].validate(event) as { issues?: { message: string; path?: unknown[] }[] };
    if (!result.issues) return;
    const error = new tools.ResponseValidationError({
      operationId: answer.operationId,
      template: RUN_EVENTS_PATH,
      method: 'GET',
      path,
      status: 200,
      requestId: undefined,
      issues: result.issues.map((issue) => ({ path: String(issue.path?.[0] ?? '$'), message: issue.message })),
    });
    if (mode === 'strict') throw error;
    logger.warn(error.message);
  };
}

const EXEC_PATH = '/v1/sandboxes/{sandboxId}/exec';
/** The exec events the spec has; others are passed on unchecked. */
const EXEC_EVENT_TYPES = new Set(['stdout', 'stderr', 'exit']);

/**
 * Checks each exec event against the spec's `ExecEvent` (the exec operation's JSON answer is `ExecResult`, so its
 * events are checked by their own component schema), as `checkRunEvents` does for runs.
 */
async function checkExecEvents(
  mode: 'strict' | 'warn',
  logger: Logger,
  tools: StreamTools,
): Promise<(event: { type: string }, path: string) => void> {
  const { explainComponent } = await import('../validation/spec-validator.js');
  return (event, path) => {
    if (!EXEC_EVENT_TYPES.has(event.type)) return;
    const issues = explainComponent('ExecEvent', event);
    if (issues.length === 0) return;
    const error = new tools.ResponseValidationError({
      operationId: 'execSandbox',
      template: EXEC_PATH,
      method: 'POST',
      path,
      status: 200,
      requestId: undefined,
      issues,
    });
    if (mode === 'strict') throw error;
    logger.warn(error.message);
  };
}

/** The events after which the server closes a stream. */
const LAST = new Set(['run.completed', 'run.failed', 'exit']);

/**
 * The loop behind `EventStream`: connects, parses with `eventsource-parser`, yields each event once, and after a
 * drop before the last event reconnects with `Last-Event-ID`, at most `maxReconnects` times in a row, with backoff.
 */
export async function* readEvents<E extends { type: string }>(
  transport: LazyTransport,
  request: StreamRequest,
  options: StreamOptions,
  state: StreamState,
  tools: StreamTools,
): AsyncGenerator<E, void, undefined> {
  const { APIConnectionError, APIUserAbortError, ResponseValidationError, backoffDelay, sleep } = tools;
  if (state.started) throw new TypeError('This stream has been read already: open another.');
  state.started = true;
  const { method, template, body } = request;
  let path = template;
  const idempotencyKey =
    method === 'POST' ? request.options?.idempotencyKey || tools.createIdempotencyKey() : undefined;
  let params: Record<string, string> | undefined;
  const connect = async (lastEventId: string | undefined, signal: AbortSignal) => {
    params ??= typeof request.params === 'function' ? await request.params() : request.params;
    path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params?.[name] ?? ''));
    return transport.stream(method, template, {
      ...request.options,
      ...(idempotencyKey && { idempotencyKey }),
      params: { path: params },
      body,
      signal,
      headers: {
        accept: 'text/event-stream',
        ...options.headers,
        ...(lastEventId !== undefined && { 'last-event-id': lastEventId }),
      },
    });
  };
  const { signal, maxReconnects = 5 } = options;
  let check: ((event: { type: string }, path: string) => void) | undefined;
  const aborted = () => new APIUserAbortError({ method, path, cause: signal?.reason });
  for (let drops = 0; ; ) {
    if (signal?.aborted) throw aborted();
    const connection = new AbortController();
    const onAbort = () => connection.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let reader: ReadableStreamDefaultReader<{ id?: string | undefined; event?: string | undefined; data: string }>;
    try {
      const {
        response,
        data: [validate, logger],
      } = await connect(state.lastEventId, connection.signal);
      if (validate !== 'off' && template === RUN_EVENTS_PATH) check ??= await checkRunEvents(validate, logger, tools);
      if (validate !== 'off' && template === EXEC_PATH) check ??= await checkExecEvents(validate, logger, tools);
      if (!response.body) throw new APIConnectionError({ method, path, message: 'The event stream had no body' });
      // A proxy's page or a JSON body under a 200 is no stream: reading it as one would only reconnect in vain.
      if (!response.headers.get('content-type')?.startsWith('text/event-stream')) {
        void response.body.cancel().catch(() => undefined);
        throw new ResponseValidationError({
          reason: 'unusable',
          operationId: undefined,
          template,
          method,
          path,
          status: response.status,
          requestId: response.headers.get('x-request-id') ?? undefined,
          issues: [
            {
              path: '$',
              message: `a ${response.headers.get('content-type') ?? 'untyped'} body, not text/event-stream`,
            },
          ],
        });
      }
      reader = response.body
        .pipeThrough(new TextDecoderStream())
        .pipeThrough(new EventSourceParserStream())
        .getReader();
    } catch (error) {
      signal?.removeEventListener('abort', onAbort);
      throw error;
    }
    // msw and some runtimes do not end a pending read when the request aborts; cancelling the reader does.
    const cancel = () => void reader.cancel().catch(() => undefined);
    signal?.addEventListener('abort', cancel, { once: true });
    let ended = false;
    try {
      for (;;) {
        let next: ReadableStreamReadResult<{ id?: string | undefined; event?: string | undefined; data: string }>;
        try {
          next = await reader.read();
        } catch {
          break;
        }
        if (next.done) break;
        const message = next.value;
        if (message.id !== undefined && seen(message.id, state.lastEventId)) continue;
        const event = parseEvent<E>(
          message,
          () =>
            new ResponseValidationError({
              method,
              path,
              template: path,
              operationId: undefined,
              status: 200,
              requestId: undefined,
              issues: [{ path: '$', message: `event ${message.event ?? 'message'} is not a JSON object` }],
            }),
        );
        check?.(event, path);
        drops = 0;
        if (message.id !== undefined) state.lastEventId = message.id;
        collect(state, event);
        yield event;
        if (LAST.has(event.type)) {
          state.finished = true;
          ended = true;
          return;
        }
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
      signal?.removeEventListener('abort', cancel);
      cancel();
      if (!ended) connection.abort();
    }
    if (signal?.aborted) throw aborted();
    if (drops >= maxReconnects) {
      throw new APIConnectionError({
        method,
        path,
        message: `The event stream dropped ${drops + 1} times in a row before its last event`,
      });
    }
    await sleep(backoffDelay(drops++), signal).catch(() => {
      throw aborted();
    });
  }
}

/** Whether `id` was yielded already: ids are sequence numbers per stream, compared as numbers when both are. */
function seen(id: string, last: string | undefined): boolean {
  if (last === undefined) return false;
  const [a, b] = [Number(id), Number(last)];
  return Number.isInteger(a) && Number.isInteger(b) ? a <= b : id === last;
}

function parseEvent<E>(message: { event?: string | undefined; data: string }, invalid: () => Error): E {
  let data: unknown;
  try {
    data = JSON.parse(message.data);
  } catch {
    throw invalid();
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw invalid();
  return ('type' in data ? data : { type: message.event ?? 'message', ...data }) as E;
}

/** Keeps what the helpers return: the joined output of a run or a command, and how it ended. */
function collect(state: StreamState, event: Record<string, unknown>): void {
  const { type } = event;
  if (type === 'run.output') state.text = (state.text ?? '') + event.delta;
  else if (type === 'stdout') state.stdout = (state.stdout ?? '') + event.data;
  else if (type === 'stderr') state.stderr = (state.stderr ?? '') + event.data;
  else if (type === 'exit') state.exitCode = event.exitCode as number;
  else if (type === 'run.completed' || type === 'run.failed') state.run = event.run as Run;
}

/** What `EventStream`'s helpers return, reading it to its end (once) unless a loop already did. */
export async function outcome<K extends keyof Outcomes>(
  stream: AsyncIterable<unknown>,
  state: StreamState,
  what: K,
): Promise<Outcomes[K]> {
  if (!state.finished) {
    if (!state.drained && state.started) {
      throw new TypeError('A loop is reading this stream: call the helper before it or after it ends.');
    }
    state.drained ??= (async () => {
      for await (const _ of stream);
    })();
    await state.drained;
  }
  const { run, text = '', stdout = '', stderr = '', exitCode } = state;
  if (what === 'text') return text as Outcomes[K];
  if (what === 'run') {
    if (!run) throw new TypeError('The stream ended before the run did.');
    return run as Outcomes[K];
  }
  if (exitCode === undefined) throw new TypeError('The stream ended before the command did.');
  return { stdout, stderr, exitCode } as Outcomes[K];
}
