import type { Schemas } from '@runlet/types';
import { describe, it } from 'vitest';
import { apiCaller } from './helpers/api-caller.js';
import { json } from './helpers/cli-sandbox.js';
import { useCliWorld } from './helpers/use-cli-world.js';

const world = useCliWorld();

const whoami = (secret: string) =>
  world.sandbox.run(['whoami', '--json'], { env: { RUNLET_API_KEY: secret, RUNLET_BASE_URL: world.mock.url } });

describe.concurrent('runlet keys rotate', { timeout: 30_000 }, () => {
  it('revokes the old key at once with --grace 0, and shows the new secret for people', async ({ expect }) => {
    const caller = await apiCaller(world.mock);
    const old = await world.mock.backend.seedKey({ name: 'now' });
    const result = await world.sandbox.run(['keys', 'rotate', old.key.id, '--grace', '0'], { env: caller.env });

    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^secret\s+rl_test_\w{36}$/m);
    expect(result.stdout).toMatch(/^rotated from\s+key_\w+$/m);
    expect(result.stdout).toMatch(
      new RegExp(`^${old.key.id} ends\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC \\(just now\\)$`, 'm'),
    );
    expect(result.stderr).toContain('it will not be shown again');
    expect((await whoami(old.secret)).stderr).toContain('INVALID_API_KEY');
  });

  it('exits with 1 and CONFLICT when the key was already rotated', async ({ expect }) => {
    const caller = await apiCaller(world.mock);
    const old = await world.mock.backend.seedKey({ name: 'twice' });
    expect((await world.sandbox.run(['keys', 'rotate', old.key.id], { env: caller.env })).code).toBe(0);

    const again = await world.sandbox.run(['keys', 'rotate', old.key.id], { env: caller.env });

    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/code:\s+CONFLICT \(HTTP 409\)/);
  });
});

// This one moves the server's clock, so it runs after the others.
describe('runlet keys rotate --grace', { timeout: 30_000 }, () => {
  it('prints the new key with its secrets as JSON; the old key works for the grace period, then expires', async ({
    expect,
  }) => {
    const caller = await apiCaller(world.mock);
    const old = await world.mock.backend.seedKey({ name: 'rotating', scopes: ['keys:read'] });
    const result = await world.sandbox.run(['keys', 'rotate', old.key.id, '--grace', '1h', '--json'], {
      env: caller.env,
    });

    expect(result.code, result.stderr).toBe(0);
    const rotated = json<Schemas['RotatedApiKey']>(result);
    expect(rotated).toMatchObject({
      name: 'rotating',
      scopes: ['keys:read'],
      rotatedFrom: old.key.id,
      previousKeyId: old.key.id,
      secret: expect.stringMatching(/^rl_test_\w{36}$/),
      signingSecret: expect.stringMatching(/^rl_sig_\w{36}$/),
    });
    expect(Date.parse(rotated.previousKeyExpiresAt) - Date.parse(rotated.createdAt)).toBe(3_600_000);
    expect(JSON.parse(String(caller.requests().at(-1)?.body))).toEqual({ gracePeriodSeconds: 3600 });
    expect(result.stderr).toContain('it will not be shown again');

    expect((await whoami(old.secret)).code).toBe(0);
    world.mock.backend.clock.advance(3_600_000 + 1000);
    const [expired, replacement] = await Promise.all([whoami(old.secret), whoami(rotated.secret)]);
    expect(expired.code).toBe(1);
    expect(expired.stderr).toContain('EXPIRED_API_KEY');
    expect(json(replacement)).toMatchObject({ keyId: rotated.id });
  });
});
