import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRunletBackend } from '../src/index.js';
import { BASE_URL, createTestApi, T0, trackBackend } from './support/api.js';
import { readStream } from './support/read-events.js';

const TRIAGE = 'agt_5d4c3b2a1f0e9d8c';
const ECHO_INPUT = 'one two three';

async function streamEvents(
  backend: ReturnType<typeof createRunletBackend>,
  key: string,
  runId: string,
  headers: Record<string, string> = {},
) {
  const request = new Request(`${BASE_URL}/v1/runs/${runId}/events`, {
    headers: { Authorization: `Bearer ${key}`, ...headers },
  });
  return backend.handle(request, { clientIp: '127.0.0.1' });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('listing runs', () => {
  it('pages through runs newest first and filters them by agent and status', async () => {
    const { backend, call, adminKey } = await createTestApi({ runDurationMs: 1000 });
    const agents = (await call('GET', '/v1/agents', { key: adminKey })).body.data.map((a: { id: string }) => a.id);
    const ids: string[] = [];
    for (const [i, input] of ['a', 'fail: no', 'b', 'c'].entries()) {
      const agentId = agents[i % 2];
      ids.push((await call('POST', `/v1/agents/${agentId}/runs`, { key: adminKey, json: { input } })).body.id);
    }
    const first = await call('GET', '/v1/runs?limit=3', { key: adminKey });
    expect(first.status).toBe(200);
    expect(first.body.data.map((run: { id: string }) => run.id)).toEqual([ids[3], ids[2], ids[1]]);
    const second = await call('GET', `/v1/runs?limit=3&cursor=${first.body.nextCursor}`, { key: adminKey });
    expect(second.body).toMatchObject({ data: [{ id: ids[0] }], nextCursor: null });

    const ofFirstAgent = await call('GET', `/v1/runs?agentId=${agents[0]}`, { key: adminKey });
    expect(ofFirstAgent.body.data.map((run: { id: string }) => run.id)).toEqual([ids[2], ids[0]]);
    expect((await call('GET', '/v1/runs?status=succeeded', { key: adminKey })).body.data).toEqual([]);
    backend.clock.advance(1000);
    const failed = await call('GET', '/v1/runs?status=failed', { key: adminKey });
    expect(failed.body.data.map((run: { id: string }) => run.id)).toEqual([ids[1]]);
    expect((await call('GET', '/v1/runs?status=succeeded', { key: adminKey })).body.data).toHaveLength(3);
  });

  it('refuses a malformed filter and shows a key restricted to one agent only its runs', async () => {
    const { backend, call, adminKey } = await createTestApi();
    expect((await call('GET', '/v1/runs?status=sleeping', { key: adminKey })).status).toBe(400);
    expect((await call('GET', '/v1/runs?agentId=nope', { key: adminKey })).status).toBe(400);
    await call('POST', `/v1/agents/${TRIAGE}/runs`, { key: adminKey, json: { input: 'x' } });
    const agents = (await call('GET', '/v1/agents', { key: adminKey })).body.data;
    const other = agents.find((agent: { id: string }) => agent.id !== TRIAGE).id;
    await call('POST', `/v1/agents/${other}/runs`, { key: adminKey, json: { input: 'y' } });
    const restricted = await backend.seedKey({ scopes: ['agent:read'], agentId: TRIAGE });
    const seen = await call('GET', '/v1/runs', { key: restricted.secret });
    expect(seen.body.data.map((run: { agentId: string }) => run.agentId)).toEqual([TRIAGE]);
    const noScope = await backend.seedKey({ scopes: ['sandbox:read'] });
    expect((await call('GET', '/v1/runs', { key: noScope.secret })).status).toBe(403);
  });
});

describe('a run event stream', () => {
  it('sends every event at once, numbered from 1, when runs take no time', async () => {
    const { backend, call, adminKey } = await createTestApi();
    const run = (await call('POST', `/v1/agents/${TRIAGE}/runs`, { key: adminKey, json: { input: ECHO_INPUT } })).body;
    const response = await streamEvents(backend, adminKey, run.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    expect(response.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
    const { events, error } = await readStream(response.body);
    expect(error).toBeNull();
    expect(events.map((event) => event.id)).toEqual(events.map((_, i) => String(i + 1)));
    expect(events.map((event) => event.event)).toEqual([
      'run.started',
      'run.tool_call',
      ...events.filter((event) => event.event === 'run.output').map(() => 'run.output'),
      'run.completed',
    ]);
    for (const event of events) expect(event.data.type).toBe(event.event);
    expect(events[0]?.data).toEqual({ type: 'run.started', runId: run.id, agentId: TRIAGE, createdAt: run.createdAt });
    const output = events.filter((event) => event.event === 'run.output').map((event) => event.data.delta);
    expect(output.length).toBeGreaterThan(1);
    const completed = events.at(-1)?.data;
    expect(output.join('')).toBe(completed.run.output);
    expect(completed.run).toMatchObject({ id: run.id, status: 'succeeded' });
  });

  it('ends a failed run with run.failed and its error', async () => {
    const { backend, call, adminKey } = await createTestApi();
    const run = (await call('POST', `/v1/agents/${TRIAGE}/runs`, { key: adminKey, json: { input: 'fail: boom' } }))
      .body;
    const { events } = await readStream((await streamEvents(backend, adminKey, run.id)).body);
    expect(events.at(-1)?.data).toMatchObject({
      type: 'run.failed',
      run: { id: run.id, status: 'failed', error: 'boom' },
      error: { code: 'agent_error', message: 'boom' },
    });
    expect(events.some((event) => event.event === 'run.output')).toBe(false);
  });

  it('answers errors before the stream as JSON envelopes', async () => {
    const { backend, adminKey } = await createTestApi();
    const missing = await streamEvents(backend, adminKey, 'run_nope');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/json');
    expect((await missing.json()).error.code).toBe('NOT_FOUND');
    const badId = await streamEvents(backend, adminKey, 'run_nope', { 'Last-Event-ID': 'abc' });
    expect(badId.status).toBe(400);
  });

  it('resumes after Last-Event-ID with exactly the rest', async () => {
    const { backend, call, adminKey } = await createTestApi();
    const run = (await call('POST', `/v1/agents/${TRIAGE}/runs`, { key: adminKey, json: { input: ECHO_INPUT } })).body;
    const all = (await readStream((await streamEvents(backend, adminKey, run.id)).body)).events;
    const rest = (await readStream((await streamEvents(backend, adminKey, run.id, { 'Last-Event-ID': '2' })).body))
      .events;
    expect(rest).toEqual(all.slice(2));
    const none = await readStream((await streamEvents(backend, adminKey, run.id, { 'Last-Event-ID': '999' })).body);
    expect(none.events).toEqual([]);
  });

  it('sends the deltas as the backend clock reaches them, driven by fake timers', async () => {
    vi.useFakeTimers({ now: T0 });
    const backend = trackBackend(createRunletBackend({ now: T0, runDurationMs: 4000, validateResponses: true }));
    const { secret } = await backend.seedKey();
    const created = await backend.handle(
      new Request(`${BASE_URL}/v1/agents/${TRIAGE}/runs`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ input: ECHO_INPUT }),
      }),
      { clientIp: '127.0.0.1' },
    );
    const run = await created.json();
    const response = await streamEvents(backend, secret, run.id);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    const pull = async () => {
      const { value } = await reader.read();
      text += decoder.decode(value);
    };
    await pull();
    await pull();
    expect(text.match(/^event: .*/gm)).toEqual(['event: run.started', 'event: run.tool_call']);
    let more = reader.read();
    let arrived = false;
    void more.then(() => {
      arrived = true;
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(arrived).toBe(false);
    await vi.advanceTimersByTimeAsync(4000);
    text += decoder.decode((await more).value);
    for (;;) {
      more = reader.read();
      const { done, value } = await more;
      if (done) break;
      text += decoder.decode(value);
    }
    expect(text.match(/^event: .*/gm)?.at(-1)).toBe('event: run.completed');
    expect(backend.clock.now()).toBe(T0 + 4100);
  });

  it('cancels the pending events when the client goes away', async () => {
    vi.useFakeTimers({ now: T0 });
    const backend = trackBackend(createRunletBackend({ now: T0, runDurationMs: 60_000 }));
    const { secret } = await backend.seedKey();
    const created = await backend.handle(
      new Request(`${BASE_URL}/v1/agents/${TRIAGE}/runs`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ input: ECHO_INPUT }),
      }),
      { clientIp: '127.0.0.1' },
    );
    const run = await created.json();
    const controller = new AbortController();
    const response = await backend.handle(
      new Request(`${BASE_URL}/v1/runs/${run.id}/events`, {
        headers: { Authorization: `Bearer ${secret}` },
        signal: controller.signal,
      }),
      { clientIp: '127.0.0.1' },
    );
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    const sent = backend.requests.at(-1)?.responseBody ?? '';
    expect(sent.match(/^event: .*/gm)).toEqual(['event: run.started', 'event: run.tool_call']);
  });
});
