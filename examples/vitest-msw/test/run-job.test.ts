import { AuthenticationError, PermissionDeniedError, Runlet, RunletError } from '@runlet/node';
import { expect, it } from 'vitest';
import { runJob } from '../src/run-job.js';
import { backend } from './setup.js'; // also the setupFiles entry of vitest.config.ts

/** A client as the app makes it, with a key the backend knows; `env: {}` keeps the machine's env out. */
async function clientWith(profile: 'sandbox-user' | 'read-only') {
  const { secret } = await backend.seedKey({ profile });
  return new Runlet({ apiKey: secret, env: {}, maxRetries: 1 });
}

it('runs a command in a sandbox and deletes the sandbox afterwards', async () => {
  const runlet = await clientWith('sandbox-user');
  const result = await runJob(runlet, 'echo hello');
  expect(result.output).toBe('hello');
  expect(await runlet.sandboxes.retrieve(result.sandboxId)).toMatchObject({ status: 'deleted' });
});

it('fails on a non-zero exit and still deletes the sandbox', async () => {
  const runlet = await clientWith('sandbox-user');
  await expect(runJob(runlet, 'echo broken >&2; exit 3')).rejects.toThrow(RunletError);
  const sandboxes = await runlet.sandboxes.list();
  expect(sandboxes.data.filter((sandbox) => sandbox.status !== 'deleted')).toEqual([]);
});

it('retries a 503 once, then succeeds', async () => {
  const runlet = await clientWith('sandbox-user');
  backend.failNext({ status: 503, method: 'POST', path: '/v1/sandboxes' });
  await expect(runJob(runlet, 'echo again')).resolves.toMatchObject({ output: 'again' });
  expect(backend.requests.filter((request) => request.path === '/v1/sandboxes').map((r) => r.status)).toEqual([
    503, 201,
  ]);
});

it('is refused with an expired key, naming the code', async () => {
  const { secret } = await backend.seedKey({ profile: 'sandbox-user', expiresAt: '2020-01-01T00:00:00Z' });
  const runlet = new Runlet({ apiKey: secret, env: {} });
  await expect(runJob(runlet, 'echo hi')).rejects.toMatchObject({ code: 'EXPIRED_API_KEY' });
  await expect(runJob(runlet, 'echo hi')).rejects.toThrow(AuthenticationError);
});

it('is refused without the sandbox scopes', async () => {
  const runlet = await clientWith('read-only');
  await expect(runJob(runlet, 'echo hi')).rejects.toThrow(PermissionDeniedError);
});
