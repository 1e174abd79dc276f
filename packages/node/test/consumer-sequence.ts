// One client through every operation of the spec, in the order an app would call them. Shared by the msw
// and the runlet-mock consumer tests: state that leaks from one call into the next only shows this way.
import { findHeaderLeaks, type RunletBackend } from '@runlet/testing';
import { expect } from 'vitest';
import type { Runlet } from '../src/index.js';

type LoggedRequest = RunletBackend['requests'][number];

/** Calls every operation once with `runlet` and returns the operationIds in the order they were called. */
export async function callEveryOperation(runlet: Runlet): Promise<string[]> {
  await runlet.me();
  const created = await runlet.keys.create({ name: 'ci-worker', profile: 'sandbox-user', allowedIps: ['10.0.0.0/8'] });
  await runlet.keys.list({ limit: 5 });
  await runlet.keys.retrieve(created.id);
  await runlet.keys.update(created.id, { name: 'ci-worker-2' });
  await runlet.keys.addAllowedIp(created.id, '192.168.1.7');
  await runlet.keys.removeAllowedIp(created.id, '192.168.1.7');
  await runlet.keys.usage(created.id);
  await runlet.keys.setAlert(created.id, { thresholdPercent: 80 });
  const rotated = await runlet.keys.rotate(created.id, { gracePeriodSeconds: 60 });
  await runlet.keys.revoke(rotated.id);
  await runlet.keys.revoke(created.id);

  const sandbox = await runlet.sandboxes.create({ image: 'runlet/python:3.12' });
  await runlet.sandboxes.list();
  await runlet.sandboxes.retrieve(sandbox.id);
  await runlet.sandboxes.exec(sandbox.id, { command: 'echo hi' });
  await runlet.sandboxes.pause(sandbox.id);
  await runlet.sandboxes.resume(sandbox.id);
  await runlet.sandboxes.delete(sandbox.id);

  const agents = await runlet.agents.list();
  const agent = agents.data[0];
  if (!agent) throw new Error('the backend has no agents');
  await runlet.agents.retrieve(agent.id);
  const run = await runlet.agents.run(agent.id, { input: 'hello' });
  await runlet.runs.retrieve(run.id);

  await runlet.tokens.create({ scopes: ['sandbox:read'], ttlSeconds: 600 });
  return OPERATIONS_IN_ORDER;
}

const OPERATIONS_IN_ORDER = [
  'getMe',
  'createKey',
  'listKeys',
  'getKey',
  'updateKey',
  'addAllowedIp',
  'removeAllowedIp',
  'getKeyUsage',
  'setKeyAlert',
  'rotateKey',
  'revokeKey',
  'revokeKey',
  'createSandbox',
  'listSandboxes',
  'getSandbox',
  'execSandbox',
  'pauseSandbox',
  'resumeSandbox',
  'deleteSandbox',
  'listAgents',
  'getAgent',
  'createRun',
  'getRun',
  'createToken',
];

/**
 * Asserts that every request succeeded, that the SDK set what it must (its own `rl-idem-` key on each mutation,
 * `content-type: application/json` with a body, a signature and timestamp when `signed`), and that no request
 * carries a header that belongs to another (`findHeaderLeaks` of @runlet/testing).
 */
export function expectNoHeaderLeaks(requests: readonly LoggedRequest[], { signed }: { signed: boolean }): void {
  for (const { method, path, status, responseBody, headers, body } of requests) {
    const where = `${method} ${path}`;
    expect(status, `${where} answered ${status}: ${responseBody}`).toBeLessThan(400);
    if (method !== 'GET')
      expect(headers['idempotency-key'], `${where} has its own key`).toMatch(/^rl-idem-[0-9a-f-]{36}$/);
    if (body !== '') expect(headers['content-type'], where).toBe('application/json');
    if (signed) {
      expect(headers['x-signature'], `${where} is signed`).toMatch(/^[0-9a-f]{64}$/);
      expect(headers['x-timestamp'], where).toMatch(/^\d+$/);
    }
  }
  expect(findHeaderLeaks(requests, { signed, credential: /^Bearer rl_(live|test)_[0-9A-Za-z]+$/ })).toEqual([]);
}

/** The operationIds the backend saw, in order. */
export const operationIds = (requests: readonly LoggedRequest[]) => requests.map((r) => r.operationId);
