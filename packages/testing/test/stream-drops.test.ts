import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunletBackend, createRunletHandlers } from '../src/index.js';
import { type RunletMockServer, startRunletMockServer } from '../src/server/index.js';
import { T0, trackBackend } from './support/api.js';
import { readStream } from './support/read-events.js';

const TRIAGE = 'agt_5d4c3b2a1f0e9d8c';

async function startRun(baseURL: string, key: string): Promise<string> {
  const response = await fetch(`${baseURL}/v1/agents/${TRIAGE}/runs`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ input: 'Summarise the open issues.' }),
  });
  return ((await response.json()) as { id: string }).id;
}

const events = (baseURL: string, key: string, runId: string, headers: Record<string, string> = {}) =>
  fetch(`${baseURL}/v1/runs/${runId}/events`, { headers: { Authorization: `Bearer ${key}`, ...headers } });

describe('a drop fault over msw', () => {
  const backend = trackBackend(createRunletBackend({ now: T0, freezeClock: true, validateResponses: true }));
  const server = setupServer(...createRunletHandlers({ backend }));
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterAll(() => server.close());

  it('errors the body after N events, and a resume with Last-Event-ID gets exactly the rest', async () => {
    const { secret } = await backend.seedKey();
    const base = 'https://api.runlet.dev';
    const runId = await startRun(base, secret);
    const whole = await readStream((await events(base, secret, runId)).body);
    backend.failNext({ kind: 'drop', after: 2, path: `/v1/runs/${runId}/events` });
    const dropped = await readStream((await events(base, secret, runId)).body);
    expect(dropped.error).toBeInstanceOf(Error);
    expect(dropped.events).toEqual(whole.events.slice(0, 2));
    const rest = await readStream((await events(base, secret, runId, { 'Last-Event-ID': '2' })).body);
    expect(rest.error).toBeNull();
    expect([...dropped.events, ...rest.events]).toEqual(whole.events);
  });

  it('waits for a stream: a JSON request passes a drop fault by', async () => {
    const { secret } = await backend.seedKey();
    backend.failNext({ kind: 'drop', after: 0 });
    const me = await fetch('https://api.runlet.dev/v1/me', { headers: { Authorization: `Bearer ${secret}` } });
    expect(me.status).toBe(200);
    const runId = await startRun('https://api.runlet.dev', secret);
    const dropped = await readStream((await events('https://api.runlet.dev', secret, runId)).body);
    expect(dropped.events).toEqual([]);
    expect(dropped.error).toBeInstanceOf(Error);
  });

  it('refuses after on another kind of fault', () => {
    expect(() => backend.failNext({ kind: 'error', after: 1 })).toThrow(/after is for kind "drop"/);
    expect(() => backend.failNext({ kind: 'drop', after: -1 })).toThrow(TypeError);
  });
});

describe('streams over runlet-mock', () => {
  let mock: RunletMockServer;
  beforeAll(async () => {
    mock = await startRunletMockServer({
      backend: createRunletBackend({ now: T0, freezeClock: true, rateLimits: false, validateResponses: true }),
    });
  });
  afterAll(() => mock.close());

  it('sends each event as it is due, not the whole body at the end', async () => {
    const slow = await startRunletMockServer({ backend: createRunletBackend({ runDurationMs: 600 }) });
    try {
      const runId = await startRun(slow.url, slow.adminKey);
      const response = await events(slow.url, slow.adminKey, runId);
      expect(response.headers.get('content-length')).toBeNull();
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const started = performance.now();
      const first = new TextDecoder().decode((await reader.read()).value);
      expect(first).toMatch(/^id: 1\nevent: run\.started\n/);
      expect(performance.now() - started).toBeLessThan(300);
      const rest = await readStream(
        new ReadableStream({
          pull: async (c) => {
            const { done, value } = await reader.read();
            if (done) c.close();
            else c.enqueue(value);
          },
        }),
      );
      expect(rest.events.at(-1)?.event).toBe('run.completed');
    } finally {
      await slow.close();
    }
  });

  it('destroys the socket after N events with a drop fault set through the control API', async () => {
    const runId = await startRun(mock.url, mock.adminKey);
    const whole = await readStream((await events(mock.url, mock.adminKey, runId)).body);
    const fault = await fetch(`${mock.url}/__runlet/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'drop', after: 3, path: `/v1/runs/${runId}/events` }),
    });
    expect(fault.status).toBeLessThan(300);
    const dropped = await readStream((await events(mock.url, mock.adminKey, runId)).body);
    expect(dropped.error).not.toBeNull();
    expect(dropped.events).toEqual(whole.events.slice(0, 3));
    const rest = await readStream((await events(mock.url, mock.adminKey, runId, { 'Last-Event-ID': '3' })).body);
    expect([...dropped.events, ...rest.events]).toEqual(whole.events);
  });

  it('completes 1 000 concurrent streams', async () => {
    const runId = await startRun(mock.url, mock.adminKey);
    const expected = (await readStream((await events(mock.url, mock.adminKey, runId)).body)).events;
    const results = await Promise.all(
      Array.from(
        { length: 1000 },
        async () => (await readStream((await events(mock.url, mock.adminKey, runId)).body)).events,
      ),
    );
    expect(results.filter((got) => JSON.stringify(got) === JSON.stringify(expected))).toHaveLength(1000);
  }, 20_000);
});
