import { describe, expect, it } from 'vitest';
import { BASE_URL, createTestApi } from './support/api.js';
import { readStream } from './support/read-events.js';

async function exec(
  api: Awaited<ReturnType<typeof createTestApi>>,
  sandboxId: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const request = new Request(`${BASE_URL}/v1/sandboxes/${sandboxId}/exec`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${api.adminKey}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return api.backend.handle(request, { clientIp: '127.0.0.1' });
}

describe('streaming exec', () => {
  it('streams stdout and stderr chunks, then exit, numbered from 1', async () => {
    const api = await createTestApi();
    const sandbox = (await api.call('POST', '/v1/sandboxes', { key: api.adminKey, json: {} })).body;
    const command = 'echo one; echo two; echo oops >&2; exit 3';
    const response = await exec(api, sandbox.id, { command, stream: true });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const { events } = await readStream(response.body);
    expect(events.map(({ id, event, data }) => ({ id, event, data }))).toEqual([
      { id: '1', event: 'stdout', data: { type: 'stdout', data: 'one\n' } },
      { id: '2', event: 'stdout', data: { type: 'stdout', data: 'two\n' } },
      { id: '3', event: 'stderr', data: { type: 'stderr', data: 'oops\n' } },
      { id: '4', event: 'exit', data: { type: 'exit', exitCode: 3, durationMs: expect.any(Number) } },
    ]);
    const plain = await api.call('POST', `/v1/sandboxes/${sandbox.id}/exec`, { key: api.adminKey, json: { command } });
    expect(plain.body).toMatchObject({ object: 'exec_result', stdout: 'one\ntwo\n', stderr: 'oops\n', exitCode: 3 });
  });

  it('resumes with the same Idempotency-Key and Last-Event-ID without running the command again', async () => {
    const api = await createTestApi();
    const sandbox = (await api.call('POST', '/v1/sandboxes', { key: api.adminKey, json: {} })).body;
    const body = { command: 'echo ran >> log.txt; cat log.txt; echo done', stream: true };
    const key = { 'Idempotency-Key': 'exec-1' };
    const first = await readStream((await exec(api, sandbox.id, body, key)).body);
    const resumed = await exec(api, sandbox.id, body, { ...key, 'Last-Event-ID': '1' });
    expect(resumed.headers.get('idempotent-replayed')).toBe('true');
    expect((await readStream(resumed.body)).events).toEqual(first.events.slice(1));
    const log = await api.call('POST', `/v1/sandboxes/${sandbox.id}/exec`, {
      key: api.adminKey,
      json: { command: 'cat log.txt' },
    });
    expect(log.body.stdout).toBe('ran\n');
  });

  it('answers a paused sandbox with a JSON error before any stream', async () => {
    const api = await createTestApi();
    const sandbox = (await api.call('POST', '/v1/sandboxes', { key: api.adminKey, json: {} })).body;
    await api.call('POST', `/v1/sandboxes/${sandbox.id}/pause`, { key: api.adminKey });
    const response = await exec(api, sandbox.id, { command: 'echo hi', stream: true });
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toBe('application/json');
  });
});
