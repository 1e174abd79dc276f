import { describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  APIUserAbortError,
  bearerAuth,
  NotFoundError,
  ResponseValidationError,
  RunletClient,
} from '../src/index.js';
import { Agents, LazyTransport, Runs, Sandboxes } from '../src/internal.js';
import { apiError, BASE, json, KEY, mockFetch } from './helpers.js';

const RUN_ID = 'run_4f3a2b1c9d8e7f6a';
const AGENT_ID = 'agt_7Hq2Lm9Xz1Pa4Rt6';

function run(status: string, output: string | null = null) {
  return {
    object: 'run',
    id: RUN_ID,
    agentId: AGENT_ID,
    status,
    input: 'hello',
    output,
    error: null,
    metadata: {},
    createdAt: '2026-12-07T03:00:00Z',
    completedAt: status === 'succeeded' ? '2026-12-07T03:00:05Z' : null,
  };
}

/** The events of one run as the wire format sends them, `id` 1, 2, 3… */
const RUN_EVENTS = [
  { type: 'run.started', runId: RUN_ID, agentId: AGENT_ID, createdAt: '2026-12-07T03:00:00Z' },
  { type: 'run.output', runId: RUN_ID, delta: 'Hel' },
  { type: 'run.tool_call', runId: RUN_ID, name: 'search', arguments: { q: 'x' } },
  { type: 'run.output', runId: RUN_ID, delta: 'lo' },
  { type: 'run.completed', run: run('succeeded', 'Hello') },
] as const;

const frame = (id: number, event: { type: string }) =>
  `id: ${id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;

/**
 * Serves `events` as text/event-stream after the request's Last-Event-ID; the first `dropAfter.length` connections
 * are cut (the body errors) after that many events. `cancelled` counts bodies the client closed.
 */
function sseServer(events: readonly { type: string }[], dropAfter: number[] = [], options: { endless?: boolean } = {}) {
  const state = { connections: 0, cancelled: 0 };
  const respond = (request: Request) => {
    const drop = dropAfter[state.connections++];
    const after = Number(request.headers.get('last-event-id') ?? 0);
    const encoder = new TextEncoder();
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        const index = after + sent;
        if (drop !== undefined && sent === drop) return controller.error(new TypeError('terminated'));
        if (index >= events.length) {
          if (options.endless) return controller.enqueue(encoder.encode(': keep-alive\n\n'));
          return controller.close();
        }
        sent++;
        controller.enqueue(encoder.encode(frame(index + 1, events[index] as { type: string })));
      },
      cancel() {
        state.cancelled++;
      },
    });
    return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
  };
  return { state, respond };
}

/** A fetch straight to `respond` (no clone, so a body the client closes reaches the server), recording requests. */
function direct(respond: (request: Request) => Response) {
  const calls: { request: Request; body: string }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    calls.push({ request, body: request.body ? await request.clone().text() : '' });
    return respond(request);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

function resources(fetch: typeof globalThis.fetch) {
  const client = new RunletClient({ baseURL: BASE, fetch, auth: bearerAuth(KEY), random: () => 0.99 });
  const transport = new LazyTransport(async () => client);
  return { runs: new Runs(transport), agents: new Agents(transport), sandboxes: new Sandboxes(transport) };
}

describe('runs.stream', () => {
  it('yields the typed events in order and ends after run.completed', async () => {
    const server = sseServer(RUN_EVENTS);
    const { fetch, calls } = direct(server.respond);
    const types: string[] = [];
    for await (const event of resources(fetch).runs.stream(RUN_ID)) {
      types.push(event.type);
      if (event.type === 'run.output') expect(typeof event.delta).toBe('string');
    }
    expect(types).toEqual(RUN_EVENTS.map((e) => e.type));
    expect(calls[0]?.request.url).toBe(`${BASE}/v1/runs/${RUN_ID}/events`);
    expect(calls[0]?.request.headers.get('accept')).toBe('text/event-stream');
  });

  it('resumes after a dropped connection with Last-Event-ID and yields every event exactly once, in order', async () => {
    const server = sseServer(RUN_EVENTS, [2, 1]);
    const { fetch, calls } = direct(server.respond);
    const ids: string[] = [];
    for await (const event of resources(fetch).runs.stream(RUN_ID)) ids.push(JSON.stringify(event));
    expect(ids).toEqual(RUN_EVENTS.map((e) => JSON.stringify(e)));
    expect(calls.map((c) => c.request.headers.get('last-event-id'))).toEqual([null, '2', '3']);
    // Every connection is authenticated afresh.
    expect(calls.every((c) => c.request.headers.get('authorization') === `Bearer ${KEY}`)).toBe(true);
  });

  it('never yields an event twice when the server replays one it already sent', async () => {
    const encoder = new TextEncoder();
    let connections = 0;
    const { fetch } = mockFetch(() => {
      connections++;
      const text =
        connections === 1
          ? frame(1, RUN_EVENTS[0]) + frame(2, RUN_EVENTS[1])
          : frame(2, RUN_EVENTS[1]) + frame(3, RUN_EVENTS[2]) + frame(4, RUN_EVENTS[3]) + frame(5, RUN_EVENTS[4]);
      return new Response(encoder.encode(text), { headers: { 'content-type': 'text/event-stream' } });
    });
    const stream = resources(fetch).runs.stream(RUN_ID);
    const types: string[] = [];
    for await (const event of stream) types.push(event.type);
    expect(types).toEqual(RUN_EVENTS.map((e) => e.type));
    expect(stream.lastEventId).toBe('5');
  });

  it('gives up after maxReconnects drops in a row with APIConnectionError', async () => {
    const server = sseServer(RUN_EVENTS, [0, 0, 0]);
    const { fetch, calls } = direct(server.respond);
    const read = async () => {
      for await (const _ of resources(fetch).runs.stream(RUN_ID, { maxReconnects: 1 }));
    };
    await expect(read()).rejects.toThrow(APIConnectionError);
    expect(calls).toHaveLength(2);
  });

  it('ends the loop with APIUserAbortError when the signal aborts, and closes the connection', async () => {
    const server = sseServer(RUN_EVENTS.slice(0, 2), [], { endless: true });
    const { fetch } = direct(server.respond);
    const controller = new AbortController();
    const seen: string[] = [];
    const read = async () => {
      for await (const event of resources(fetch).runs.stream(RUN_ID, { signal: controller.signal })) {
        seen.push(event.type);
        if (seen.length === 2) setTimeout(() => controller.abort(), 10);
      }
    };
    await expect(read()).rejects.toThrow(APIUserAbortError);
    expect(seen).toEqual(['run.started', 'run.output']);
    expect(server.state.cancelled).toBe(1);
  });

  it('closes the connection when the loop breaks', async () => {
    const server = sseServer(RUN_EVENTS, [], { endless: true });
    const { fetch } = direct(server.respond);
    for await (const event of resources(fetch).runs.stream(RUN_ID)) if (event.type === 'run.started') break;
    await vi.waitFor(() => expect(server.state.cancelled).toBe(1));
    expect(server.state.connections).toBe(1);
  });

  it('finalRun() and text() give the run as it ended and its joined output', async () => {
    const { fetch } = mockFetch(sseServer(RUN_EVENTS).respond);
    const stream = resources(fetch).runs.stream(RUN_ID);
    expect(await stream.text()).toBe('Hello');
    expect((await stream.finalRun()).status).toBe('succeeded');
  });

  it('finalRun() after a loop gives the run the loop read, without reading again', async () => {
    const server = sseServer(RUN_EVENTS);
    const { fetch } = direct(server.respond);
    const stream = resources(fetch).runs.stream(RUN_ID);
    for await (const _ of stream);
    expect((await stream.finalRun()).output).toBe('Hello');
    expect(server.state.connections).toBe(1);
  });

  it('passes an event type it does not know through as it came', async () => {
    const events = [RUN_EVENTS[0], { type: 'run.thinking', runId: RUN_ID, summary: 'hm' }, RUN_EVENTS[4]];
    const { fetch } = mockFetch(sseServer(events).respond);
    const seen: unknown[] = [];
    for await (const event of resources(fetch).runs.stream(RUN_ID)) seen.push(event);
    expect(seen[1]).toEqual({ type: 'run.thinking', runId: RUN_ID, summary: 'hm' });
  });

  it('checks each run event against the spec: strict throws ResponseValidationError, off passes it on', async () => {
    const events = [RUN_EVENTS[0], { type: 'run.output', runId: RUN_ID, delta: 42 }, RUN_EVENTS[4]];
    const strict = resources(direct(sseServer(events).respond).fetch).runs.stream(RUN_ID);
    await expect(strict.text()).rejects.toThrow(ResponseValidationError);
    const client = new RunletClient({ baseURL: BASE, fetch: direct(sseServer(events).respond).fetch, validate: 'off' });
    const off = new Runs(new LazyTransport(async () => client)).stream(RUN_ID);
    expect(await off.text()).toBe('42');
  });

  it('refuses a 200 that is not text/event-stream at once, without reconnecting', async () => {
    const { fetch, calls } = mockFetch(json(200, { data: [] }));
    await expect(resources(fetch).runs.stream(RUN_ID).text()).rejects.toThrow(/not text\/event-stream/);
    expect(calls).toHaveLength(1);
  });

  it('rejects with the usual error class when the API refuses before the stream starts', async () => {
    const { fetch } = mockFetch(apiError(404, 'NOT_FOUND'));
    const read = async () => {
      for await (const _ of resources(fetch).runs.stream(RUN_ID));
    };
    await expect(read()).rejects.toThrow(NotFoundError);
  });

  it('cannot be iterated twice', async () => {
    const { fetch } = mockFetch(sseServer(RUN_EVENTS).respond);
    const stream = resources(fetch).runs.stream(RUN_ID);
    for await (const _ of stream);
    await expect(stream[Symbol.asyncIterator]().next()).rejects.toThrow(/has been read already/);
  });
});

describe('agents.run with stream: true', () => {
  it('starts the run, then streams its events', async () => {
    const server = sseServer(RUN_EVENTS, [3]);
    const { fetch, calls } = mockFetch((request) =>
      request.method === 'POST' ? json(201, run('queued')) : server.respond(request),
    );
    const stream = resources(fetch).agents.run(AGENT_ID, { input: 'hello' }, { stream: true });
    expect(await stream.text()).toBe('Hello');
    expect(calls.map((c) => `${c.request.method} ${new URL(c.request.url).pathname}`)).toEqual([
      `POST /v1/agents/${AGENT_ID}/runs`,
      `GET /v1/runs/${RUN_ID}/events`,
      `GET /v1/runs/${RUN_ID}/events`,
    ]);
  });
});

describe('sandboxes.exec with stream: true', () => {
  it('resumes with the same Idempotency-Key and Last-Event-ID, and result() joins the output', async () => {
    const events = [
      { type: 'stdout', data: 'a\n' },
      { type: 'stderr', data: 'warn\n' },
      { type: 'stdout', data: 'b\n' },
      { type: 'exit', exitCode: 0, durationMs: 12 },
    ];
    const server = sseServer(events, [2]);
    const { fetch, calls } = direct(server.respond);
    const stream = resources(fetch).sandboxes.exec('sbx_1', { command: 'ls' }, { stream: true });
    expect(await stream.result()).toEqual({ stdout: 'a\nb\n', stderr: 'warn\n', exitCode: 0 });
    expect(calls).toHaveLength(2);
    const keys = calls.map((c) => c.request.headers.get('idempotency-key'));
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
    expect(calls[1]?.request.headers.get('last-event-id')).toBe('2');
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual({ command: 'ls', stream: true });
  });
});

describe('sandboxes.exec stream validation', () => {
  it('checks each exec event against the spec: strict throws ResponseValidationError naming what was expected', async () => {
    const events = [
      { type: 'stdout', data: 7 },
      { type: 'exit', exitCode: 0, durationMs: 1 },
    ];
    const stream = resources(direct(sseServer(events).respond).fetch).sandboxes.exec(
      'sbx_1',
      { command: 'ls' },
      { stream: true },
    );
    const error = await stream.result().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toMatch(/execSandbox/);
  });
});

describe('runs.list and runs.wait', () => {
  it('lists runs of one agent, page by page', async () => {
    const { fetch, calls } = mockFetch((request) =>
      new URL(request.url).searchParams.get('cursor')
        ? json(200, { data: [run('failed')], nextCursor: null })
        : json(200, { data: [run('succeeded')], nextCursor: 'c2' }),
    );
    const statuses: string[] = [];
    for await (const r of resources(fetch).runs.list({ agentId: AGENT_ID, limit: 1 })) statuses.push(r.status);
    expect(statuses).toEqual(['succeeded', 'failed']);
    expect(new URL(calls[1]?.request.url ?? '').search).toBe(`?agentId=${AGENT_ID}&limit=1&cursor=c2`);
  });

  it('wait() polls until the run has ended', async () => {
    const { fetch, calls } = mockFetch(json(200, run('running')), json(200, run('succeeded', 'Hello')));
    const done = await resources(fetch).runs.wait(RUN_ID);
    expect(done.output).toBe('Hello');
    expect(calls).toHaveLength(2);
  });

  it('wait() gives up after its timeout', async () => {
    const { fetch } = mockFetch(json(200, run('running')));
    await expect(resources(fetch).runs.wait(RUN_ID, { timeout: 50 })).rejects.toThrow(/still running after 50 ms/);
  });
});
