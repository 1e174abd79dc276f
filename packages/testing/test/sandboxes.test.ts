import { describe, expect, it } from 'vitest';
import { createTestApi, T0 } from './support/api.js';

describe('sandboxes', () => {
  it('creates a running sandbox with defaults and retrieves it', async () => {
    const { call, adminKey } = await createTestApi();
    const created = await call('POST', '/v1/sandboxes', { key: adminKey, json: { metadata: { team: 'a' } } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      object: 'sandbox',
      status: 'running',
      image: 'runlet/base',
      timeoutSeconds: 3600,
      metadata: { team: 'a' },
      createdAt: '2026-01-01T00:00:00Z',
    });
    expect(created.body.id).toMatch(/^sbx_[0-9A-Za-z]{16}$/);
    expect((await call('GET', `/v1/sandboxes/${created.body.id}`, { key: adminKey })).body).toEqual(created.body);
  });

  it('goes running → paused → running → deleted, refusing the other transitions with CONFLICT', async () => {
    const { call, adminKey, backend } = await createTestApi();
    const { id } = backend.seedSandbox();
    const post = (action: string) => call('POST', `/v1/sandboxes/${id}/${action}`, { key: adminKey });
    expect((await post('resume')).body.error.code).toBe('CONFLICT');
    backend.clock.advance(5000);
    const paused = await post('pause');
    expect(paused.body).toMatchObject({ status: 'paused', updatedAt: '2026-01-01T00:00:05Z' });
    const twice = await post('pause');
    expect(twice.body.error).toMatchObject({
      code: 'CONFLICT',
      message: `The sandbox ${id} is paused and cannot be paused; resume it first.`,
    });
    const exec = await call('POST', `/v1/sandboxes/${id}/exec`, { key: adminKey, json: { command: 'echo hi' } });
    expect(exec.body.error.code).toBe('CONFLICT');
    expect((await post('resume')).body.status).toBe('running');
    const deleted = await call('DELETE', `/v1/sandboxes/${id}`, { key: adminKey });
    expect(deleted.body.status).toBe('deleted');
    for (const action of ['pause', 'resume']) expect((await post(action)).body.error.code).toBe('CONFLICT');
    const execDeleted = await call('POST', `/v1/sandboxes/${id}/exec`, { key: adminKey, json: { command: 'true' } });
    expect(execDeleted.body.error.code).toBe('CONFLICT');
    expect((await call('DELETE', `/v1/sandboxes/${id}`, { key: adminKey })).body.error.code).toBe('CONFLICT');
    expect((await call('GET', `/v1/sandboxes/${id}`, { key: adminKey })).body.status).toBe('deleted');
    expect((await call('GET', '/v1/sandboxes', { key: adminKey })).body.data).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown sandbox', async () => {
    const { call, adminKey } = await createTestApi();
    for (const [method, path] of [
      ['GET', '/v1/sandboxes/sbx_nope'],
      ['DELETE', '/v1/sandboxes/sbx_nope'],
      ['POST', '/v1/sandboxes/sbx_nope/pause'],
      ['POST', '/v1/sandboxes/sbx_nope/resume'],
    ] as const) {
      const result = await call(method, path, { key: adminKey });
      expect(result.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'No sandbox sbx_nope.' });
    }
  });

  it('runs commands in a running sandbox and keeps its files between calls', async () => {
    const { call, adminKey, backend } = await createTestApi();
    const { id } = backend.seedSandbox({ image: 'runlet/python:3.12' });
    const exec = (command: string, extra: object = {}) =>
      call('POST', `/v1/sandboxes/${id}/exec`, { key: adminKey, json: { command, ...extra } });
    const echo = await exec('echo hi');
    expect(echo.body).toEqual({
      object: 'exec_result',
      sandboxId: id,
      command: 'echo hi',
      exitCode: 0,
      stdout: 'hi\n',
      stderr: '',
      durationMs: 2,
    });
    expect((await exec('exit 3')).body.exitCode).toBe(3);
    await exec('echo data > notes.txt');
    expect((await exec('cat notes.txt')).body.stdout).toBe('data\n');
    expect((await exec('echo $GREETING $RUNLET_IMAGE', { env: { GREETING: 'hello' } })).body.stdout).toBe(
      'hello runlet/python:3.12\n',
    );
    const slow = await exec('sleep 5', { timeoutSeconds: 2 });
    expect(slow.body).toMatchObject({ exitCode: 124 });
    expect(backend.clock.now()).toBe(T0);
  });
});
