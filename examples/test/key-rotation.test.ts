import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthenticationError, Runlet } from '@runlet/node';
import { type RunletMockServer, startRunletMockServer } from '@runlet/testing/server';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startExample } from './example-process.js';

let api: RunletMockServer;
let dir: string;
beforeAll(async () => {
  api = await startRunletMockServer();
  dir = await mkdtemp(join(tmpdir(), 'runlet-rotation-'));
});
afterAll(async () => {
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

test('rotates the deployed key: the new one is deployed and works, the old one is revoked', async () => {
  const target = join(dir, 'service.env');
  const env = { RUNLET_API_KEY: api.adminKey, RUNLET_BASE_URL: api.url, DEPLOY_TARGET: target };
  const run = startExample('key-rotation', 'node main.ts --first-deploy', env);
  expect(await run.exited, run.output()).toBe(0);
  const [, first] = /^first deploy: (key_\w{16})$/m.exec(run.output()) ?? [];
  const [, rotated] = /^deployed (key_\w{16})$/m.exec(run.output()) ?? [];
  expect(run.output()).toMatch(new RegExp(`^revoked ${first}: it is refused now$`, 'm'));

  const deployed = /^RUNLET_API_KEY=(\S+)$/m.exec(await readFile(target, 'utf8'))?.[1] ?? '';
  expect((await stat(target)).mode & 0o777).toBe(0o600);
  const service = new Runlet({ apiKey: deployed, baseURL: api.url, env: {} });
  expect(await service.me()).toMatchObject({ keyId: rotated, name: 'example-service' });
  const admin = new Runlet({ apiKey: api.adminKey, baseURL: api.url, env: {} });
  expect(await admin.keys.retrieve(first ?? '')).toMatchObject({ status: 'revoked' });
  expect(run.output()).not.toContain(deployed);

  // Run again: the key deployed now is rotated in turn.
  const again = startExample('key-rotation', 'node main.ts', env);
  expect(await again.exited, again.output()).toBe(0);
  await expect(service.me()).rejects.toThrow(AuthenticationError);
});
