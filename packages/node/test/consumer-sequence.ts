// One client through every operation of the spec, in the order an app would call them. Shared by the msw
// and the runlet-mock consumer tests: state that leaks from one call into the next only shows this way.
import type { RunletBackend } from '@runlet/testing';
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
 * Asserts that no request carries a header that belongs to another: `idempotency-key` only on a mutating
 * request (POST, PATCH, PUT, DELETE; each its own), `content-type` only with a body, and, when `signed`, a fresh
 * signature per request.
 */
export function expectNoHeaderLeaks(requests: readonly LoggedRequest[], { signed }: { signed: boolean }): void {
  const idempotencyKeys = new Set<string>();
  const signatures = new Set<string>();
  for (const request of requests) {
    const where = `${request.method} ${request.path}`;
    const key = request.headers['idempotency-key'];
    const hasBody = request.body !== '';
    expect(request.status, `${where} answered ${request.status}: ${request.responseBody}`).toBeLessThan(400);
    if (request.method !== 'GET') {
      expect(key, `${where} has its own Idempotency-Key`).toMatch(/^rl-idem-[0-9a-f-]{36}$/);
      expect(idempotencyKeys.has(key as string), `${where} reuses an earlier Idempotency-Key`).toBe(false);
      idempotencyKeys.add(key as string);
    } else {
      expect(key, `${where} carries an Idempotency-Key`).toBeUndefined();
    }
    if (hasBody) expect(request.headers['content-type'], where).toBe('application/json');
    else expect(request.headers['content-type'], `${where} has no body but a content-type`).toBeUndefined();
    expect(request.headers.authorization, where).toMatch(/^Bearer rl_(live|test)_/);
    expect(request.headers.authorization?.split(',')).toHaveLength(1);
    if (signed) {
      const signature = request.headers['x-signature'];
      expect(signature, `${where} is signed`).toMatch(/^[0-9a-f]{64}$/);
      expect(signatures.has(signature as string), `${where} repeats an earlier signature`).toBe(false);
      signatures.add(signature as string);
      expect(request.headers['x-timestamp'], where).toMatch(/^\d+$/);
    } else {
      expect(request.headers['x-signature'], `${where} is signed by an unsigned client`).toBeUndefined();
    }
    for (const name of SDK_HEADERS) {
      const value = request.headers[name];
      expect(value?.includes(', '), `${where}: ${name} was sent twice (${value})`).not.toBe(true);
    }
  }
}

const SDK_HEADERS = [
  'accept',
  'authorization',
  'content-type',
  'idempotency-key',
  'x-runlet-client',
  'x-signature',
  'x-timestamp',
];

/** The operationIds the backend saw, in order. */
export const operationIds = (requests: readonly LoggedRequest[]) => requests.map((r) => r.operationId);
