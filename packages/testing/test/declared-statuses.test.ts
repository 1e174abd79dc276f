// Every status the backend answers for an operation is one the spec declares for that operation. The backend's
// own self-check falls back to the error envelope for an undeclared error status (as injected faults may use), so
// this walk reads the spec's `responses` directly: each operation is driven with good and bad input of every kind
// the backend checks, and every (operation, status) it answered must be listed.
import { readFileSync } from 'node:fs';
import { type ApiOperationId, apiOperations, type Scope } from '@runlet/types';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type CallOptions, createTestApi } from './support/api.js';

const spec = parse(readFileSync(new URL('../../../openapi/runlet.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown> }>>;
};
const declared = new Map<string, Set<number>>();
for (const item of Object.values(spec.paths)) {
  for (const op of Object.values(item)) {
    if (op?.operationId) declared.set(op.operationId, new Set(Object.keys(op.responses ?? {}).map(Number)));
  }
}

const validBodies: Partial<Record<ApiOperationId, unknown>> = {
  createKey: { name: 'walk', scopes: ['sandbox:read'] },
  updateKey: { name: 'walk-2' },
  addAllowedIp: { ip: '10.0.0.0/8' },
  rotateKey: { gracePeriodSeconds: 0 },
  setKeyAlert: { thresholdPercent: 80 },
  createToken: { scopes: ['sandbox:read'] },
  createSandbox: {},
  execSandbox: { command: 'echo hi' },
  createRun: { input: 'hi' },
};

describe('the statuses the backend answers', () => {
  it('are declared by the spec for every operation, under good and bad input of every kind', async () => {
    const { backend, call, adminKey } = await createTestApi();
    const admin = { key: adminKey };
    const agentId = (await call('GET', '/v1/agents', admin)).body.data[0].id as string;
    const otherAgent = backend.seedAgent({ name: 'other' }).id;

    /** Fresh objects for one call, so that a revoke or delete does not change what the next call finds. */
    const fresh = async (): Promise<Record<string, string>> => {
      const key = (await call('POST', '/v1/keys', { ...admin, json: { name: 'target', scopes: ['*'] } })).body;
      await call('POST', `/v1/keys/${key.id}/allowed-ips`, { ...admin, json: { ip: '10.0.0.0/8' } });
      const sandbox = (await call('POST', '/v1/sandboxes', { ...admin, json: {} })).body;
      const run = (await call('POST', `/v1/agents/${agentId}/runs`, { ...admin, json: { input: 'x' } })).body;
      return { keyId: key.id, sandboxId: sandbox.id, agentId, runId: run.id, ip: '10.0.0.0/8' };
    };
    const pathOf = (template: string, params: Record<string, string>) =>
      template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));

    for (const [id, operation] of Object.entries(apiOperations) as [
      ApiOperationId,
      (typeof apiOperations)[ApiOperationId],
    ][]) {
      const { method, path: template } = operation;
      const body = validBodies[id];
      const mutating = method !== 'GET';
      const send = async (params: Record<string, string>, options: CallOptions = {}, suffix = '') =>
        call(method, pathOf(template, params) + suffix, {
          ...(body === undefined ? {} : { json: body }),
          ...options,
        });
      const lacking: Scope[] = operation.scopes.some((s) => s.startsWith('tokens')) ? ['keys:read'] : ['tokens:create'];

      await send(await fresh(), admin);
      const twice = await fresh();
      await send(twice, admin);
      await send(twice, admin); // a second revoke, delete or pause: a state that forbids it
      await send(await fresh(), {});
      await send(await fresh(), { key: 'rl_test_nope' });
      await send(await fresh(), { key: (await backend.seedKey({ scopes: lacking })).secret });
      await send(await fresh(), {
        key: (await backend.seedKey({ allowedIps: ['192.0.2.1'] })).secret,
        clientIp: '192.0.2.2',
      });
      await send(await fresh(), { key: (await backend.seedKey({ agentId: otherAgent })).secret });
      const long = Object.fromEntries(Object.keys(await fresh()).map((name) => [name, 'x'.repeat(200)]));
      await send(long, admin);
      const missing = {
        keyId: 'key_0000000000000000',
        sandboxId: 'sbx_0',
        agentId: 'agt_0',
        runId: 'run_0',
        ip: '10.9.9.9',
      };
      await send(missing, admin);
      await send(await fresh(), { ...admin, headers: { 'Idempotency-Key': 'k'.repeat(300) } });
      const replayed = await fresh();
      await send(replayed, { ...admin, headers: { 'Idempotency-Key': `walk-${id}` } });
      if (mutating) {
        await send(replayed, { ...admin, headers: { 'Idempotency-Key': `walk-${id}` }, json: { other: true } });
        await send(await fresh(), { ...admin, json: { unknown: 1 } });
        await send(await fresh(), { ...admin, body: '{not json', headers: { 'Content-Type': 'application/json' } });
      }
      await send(await fresh(), admin, '?limit=0&cursor=');
      const free = (await backend.seedKey({ tier: 'free' })).secret;
      const burst = await fresh();
      for (let i = 0; i <= 10; i++) await send(burst, { key: free });
      backend.failNext({ path: pathOf(template, burst) });
      await send(burst, admin);
      backend.clock.advance(3_600_000); // a fresh rate-limit window for the next operation
    }

    const answered = new Map<string, Set<number>>();
    for (const entry of backend.requests) {
      if (!entry.operationId) continue;
      const statuses = answered.get(entry.operationId) ?? new Set();
      statuses.add(entry.status);
      answered.set(entry.operationId, statuses);
    }
    const undeclared = [...answered].flatMap(([id, statuses]) =>
      [...statuses].filter((status) => !declared.get(id)?.has(status)).map((status) => `${id} ${status}`),
    );
    expect(undeclared).toEqual([]);
    // The walk reached every operation with each kind of error it can meet.
    for (const id of Object.keys(apiOperations)) {
      expect([...(answered.get(id) ?? [])].filter((s) => s >= 400).sort(), id).toEqual(
        expect.arrayContaining([401, 403, 429, 500]),
      );
    }
    expect(answered.get('getKey')).toContain(400);
    expect(answered.get('getRun')).toContain(400);
    expect(answered.get('deleteSandbox')).toContain(409);
  });

  it('would catch an undeclared status', () => {
    expect(declared.get('getMe')?.has(404)).toBe(false);
    expect(declared.get('getKey')?.has(400)).toBe(true);
  });
});
