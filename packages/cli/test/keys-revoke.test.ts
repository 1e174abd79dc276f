import { describe, it } from 'vitest';
import { apiCaller } from './helpers/api-caller.js';
import { json } from './helpers/cli-sandbox.js';
import { useCliWorld } from './helpers/use-cli-world.js';

const world = useCliWorld();

describe.concurrent('runlet keys revoke', { timeout: 30_000 }, () => {
  it('refuses without --yes when stdin is not a terminal: exit 2, a message saying to pass --yes, nothing sent', async ({
    expect,
  }) => {
    const caller = await apiCaller(world.mock);
    const { key } = await world.mock.backend.seedKey({ name: 'keep' });
    const result = await world.sandbox.run(['keys', 'revoke', key.id], { env: caller.env });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('stdin is not a terminal');
    expect(result.stderr).toContain('Pass --yes');
    expect(caller.requests()).toEqual([]);
  });

  it('revokes with --yes and prints the revoked key as JSON; the key then fails with INVALID_API_KEY', async ({
    expect,
  }) => {
    const caller = await apiCaller(world.mock);
    const target = await apiCaller(world.mock, { name: 'bye' });
    const result = await world.sandbox.run(['keys', 'revoke', target.key.id, '--yes', '--json'], { env: caller.env });

    expect(result.code, result.stderr).toBe(0);
    expect(json(result)).toMatchObject({ id: target.key.id, status: 'revoked', revokedAt: expect.any(String) });
    const used = await world.sandbox.run(['whoami'], { env: target.env });
    expect(used.code).toBe(1);
    expect(used.stderr).toContain('INVALID_API_KEY');
  });

  it('says for people that the key stopped working, takes -y, and exits with 1 and CONFLICT the second time', async ({
    expect,
  }) => {
    const caller = await apiCaller(world.mock);
    const { key } = await world.mock.backend.seedKey({ name: 'short' });
    const first = await world.sandbox.run(['keys', 'revoke', key.id, '-y'], { env: caller.env });
    const again = await world.sandbox.run(['keys', 'revoke', key.id, '--yes'], { env: caller.env });

    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`✔ Revoked ${key.id} "short".`);
    expect(first.stdout).toMatch(/^status\s+revoked$/m);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/code:\s+CONFLICT \(HTTP 409\)/);
  });
});
