// Streams against the reference backend's msw handlers: msw patches globalThis.fetch, so this file stands alone.
import { createRunletBackend, createRunletHandlers } from '@runlet/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { APIUserAbortError, NotFoundError, type RunEvent, Runlet } from '../src/index.js';

const backend = createRunletBackend({ runDurationMs: 200 });
const server = setupServer(...createRunletHandlers({ backend }));
const ECHO = 'agt_1a2b3c4d5e6f7a8b';

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  backend.reset();
});
afterAll(() => server.close());

async function client() {
  const { secret } = await backend.seedKey();
  return new Runlet({ apiKey: secret, env: {} });
}

describe('streams against the reference backend', () => {
  it('after a dropped connection every event arrives exactly once and in order', async () => {
    const runlet = await client();
    const input = 'one two three four five';
    const events: RunEvent[] = [];
    backend.failNext({ kind: 'drop', after: 3, path: /\/events$/ });
    const stream = runlet.agents.run(ECHO, { input }, { stream: true });
    for await (const event of stream) events.push(event);
    const ids = backend.requests.filter((r) => r.path.endsWith('/events')).map((r) => r.headers['last-event-id']);
    expect(ids).toEqual([undefined, '3']);
    expect(events[0]?.type).toBe('run.started');
    expect(events.at(-1)?.type).toBe('run.completed');
    expect(await stream.text()).toBe(input);
    // Exactly once: no type/delta pair twice, and the output joins back to the input.
    const outputs = events.filter((e) => e.type === 'run.output').map((e) => (e.type === 'run.output' ? e.delta : ''));
    expect(outputs.join('')).toBe(input);
    expect((await stream.finalRun()).status).toBe('succeeded');
  });

  it('runs.stream of a finished run replays it, and runs.list finds it', async () => {
    const runlet = await client();
    const run = await runlet.agents.run(ECHO, { input: 'hi there' });
    const done = await runlet.runs.wait(run.id, { timeout: 5_000 });
    expect(done.status).toBe('succeeded');
    expect(await runlet.runs.stream(run.id).text()).toBe('hi there');
    const page = await runlet.runs.list({ agentId: ECHO, status: 'succeeded' });
    expect(page.data.map((r) => r.id)).toContain(run.id);
  });

  it('streams exec output, resuming after a drop without running the command again', async () => {
    const runlet = await client();
    const sandbox = await runlet.sandboxes.create({ image: 'runlet/python:3.12' });
    backend.failNext({ kind: 'drop', after: 1, path: /\/exec$/ });
    const result = await runlet.sandboxes.exec(sandbox.id, { command: 'echo hi' }, { stream: true }).result();
    expect(result).toMatchObject({ stdout: 'hi\n', exitCode: 0 });
    const execs = backend.requests.filter((r) => r.path.endsWith('/exec'));
    expect(execs).toHaveLength(2);
    expect(execs[1]?.headers['idempotency-key']).toBe(execs[0]?.headers['idempotency-key']);
    expect(execs[1]?.headers['last-event-id']).toBe('1');
  });

  it('abort ends the stream with APIUserAbortError', async () => {
    const runlet = await client();
    const controller = new AbortController();
    const stream = runlet.agents.run(ECHO, { input: 'a b c d e f' }, { stream: true, signal: controller.signal });
    const read = async () => {
      for await (const event of stream) if (event.type === 'run.started') controller.abort();
    };
    await expect(read()).rejects.toThrow(APIUserAbortError);
  });

  it('an unknown run is a NotFoundError before any event', async () => {
    const runlet = await client();
    await expect(runlet.runs.stream('run_missing0000').text()).rejects.toThrow(NotFoundError);
  });
});
