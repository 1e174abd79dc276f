import type { Schemas } from '@runlet/types';
import { describe, it } from 'vitest';
import { apiCaller } from './helpers/api-caller.js';
import { json } from './helpers/cli-sandbox.js';
import { useCliWorld } from './helpers/use-cli-world.js';

const world = useCliWorld();

describe.concurrent('runlet keys update', { timeout: 30_000 }, () => {
  it('changes name, scopes and expiry in one PATCH and prints the updated key as JSON', async ({ expect }) => {
    const caller = await apiCaller(world.mock);
    const { key } = await world.mock.backend.seedKey({ name: 'old', scopes: ['keys:read'] });
    const result = await world.sandbox.run(
      ['keys', 'update', key.id, '--name', 'new', '--scope', 'sandbox:read,agent:read', '--expires-in', '7d', '--json'],
      { env: caller.env },
    );

    expect(result.code, result.stderr).toBe(0);
    const updated = json<Schemas['ApiKey']>(result);
    expect(updated).toMatchObject({ id: key.id, name: 'new', scopes: ['sandbox:read', 'agent:read'] });
    expect(Date.parse(String(updated.expiresAt)) - Date.now()).toBeGreaterThan(7 * 86_400_000 - 60_000);
    const patches = caller.requests().filter((r) => r.method === 'PATCH');
    expect(patches).toHaveLength(1);
    expect(JSON.parse(String(patches[0]?.body))).toEqual({
      name: 'new',
      scopes: ['sandbox:read', 'agent:read'],
      expiresAt: updated.expiresAt,
    });
  });

  it('adds and removes allowlist entries with repeated --add-ip and --remove-ip, one atomic call each', async ({
    expect,
  }) => {
    const caller = await apiCaller(world.mock);
    const { key } = await world.mock.backend.seedKey({ name: 'ips', allowedIps: ['10.0.0.1'] });
    const result = await world.sandbox.run(
      [
        'keys',
        'update',
        key.id,
        '--add-ip',
        '10.0.0.2',
        '--add-ip',
        '192.168.1.0/24',
        '--remove-ip',
        '10.0.0.1',
        '--json',
      ],
      { env: caller.env },
    );

    expect(result.code, result.stderr).toBe(0);
    expect(json<Schemas['ApiKey']>(result).allowedIps.sort()).toEqual(['10.0.0.2', '192.168.1.0/24']);
    expect(caller.requests().map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /v1/keys/${key.id}/allowed-ips`,
      `POST /v1/keys/${key.id}/allowed-ips`,
      `DELETE /v1/keys/${key.id}/allowed-ips/10.0.0.1`,
    ]);
  });

  it('removes the expiry with --no-expiry, and says what changed for people', async ({ expect }) => {
    const caller = await apiCaller(world.mock);
    const { key } = await world.mock.backend.seedKey({
      name: 'ends',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const result = await world.sandbox.run(['keys', 'update', key.id, '--no-expiry'], { env: caller.env });

    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`✔ Updated ${key.id}: set expiresAt.`);
    expect(result.stdout).toMatch(/^expires\s+never$/m);
  });

  it('says which changes were made when a later one fails, and exits with 1', async ({ expect }) => {
    const caller = await apiCaller(world.mock);
    const { key } = await world.mock.backend.seedKey({ name: 'half' });
    const result = await world.sandbox.run(['keys', 'update', key.id, '--name', 'renamed', '--add-ip', 'not-an-ip'], {
      env: caller.env,
    });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Already done: set name. Not done: add not-an-ip');
    expect(result.stderr).toMatch(/code:\s+VALIDATION_ERROR/);
  });

  it('exits with 2 when there is nothing to change, sending nothing', async ({ expect }) => {
    const caller = await apiCaller(world.mock);
    const { key } = await world.mock.backend.seedKey({ name: 'same' });
    const result = await world.sandbox.run(['keys', 'update', key.id], { env: caller.env });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Nothing to update');
    expect(caller.requests()).toEqual([]);
  });
});
