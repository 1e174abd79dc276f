import type { Schemas } from '@runlet/types';
import { describe, it } from 'vitest';
import { apiCaller } from './helpers/api-caller.js';
import { json, sandboxForTest } from './helpers/cli-sandbox.js';
import { useCliWorld } from './helpers/use-cli-world.js';

const world = useCliWorld();

describe.concurrent('runlet keys create', { timeout: 30_000 }, () => {
  it('prints the created key with its secret and signing secret as JSON, and warns on stderr that they are shown once', async ({
    expect,
  }) => {
    const caller = await apiCaller(world.mock);
    const result = await world.sandbox.run(
      ['keys', 'create', '--name', 'ci', '--scope', 'sandbox:create,sandbox:execute', '--json'],
      {
        env: caller.env,
      },
    );

    expect(result.code, result.stderr).toBe(0);
    const created = json<Schemas['CreatedApiKey']>(result);
    expect(created).toMatchObject({
      object: 'api_key',
      name: 'ci',
      scopes: ['sandbox:create', 'sandbox:execute'],
      status: 'active',
      secret: expect.stringMatching(/^rl_test_\w{36}$/),
      signingSecret: expect.stringMatching(/^rl_sig_\w{36}$/),
    });
    expect(created.lastFour).toBe(created.secret.slice(-4));
    expect(result.stderr).toContain('it will not be shown again');
    const me = await fetch(`${world.mock.url}/v1/me`, { headers: { Authorization: `Bearer ${created.secret}` } });
    expect(await me.json()).toMatchObject({ keyId: created.id, name: 'ci' });
  });

  it('shows the new secret in full on stdout once, below the key details', async ({ expect }) => {
    const caller = await apiCaller(world.mock);
    const result = await world.sandbox.run(['keys', 'create', '--name', 'human', '--profile', 'read-only'], {
      env: caller.env,
    });

    expect(result.code, result.stderr).toBe(0);
    const secret = /^secret\s+(rl_test_\w+)$/m.exec(result.stdout)?.[1];
    expect(secret).toMatch(/^rl_test_\w{36}$/);
    expect(result.stdout).toMatch(/^signing secret\s+rl_sig_\w{36}$/m);
    expect(result.stdout).toMatch(/^scopes\s+keys:read, sandbox:read, agent:read$/m);
    expect(result.stdout).toMatch(/^profile\s+read-only$/m);
    expect(result.stderr).toContain('Copy the secret now');
    expect(result.stderr).not.toContain(String(secret));
  });

  it('sends every option as the API body: type, environment, expiry, IPs, agent and signature', async ({ expect }) => {
    const caller = await apiCaller(world.mock);
    const before = Date.now();
    const result = await world.sandbox.run(
      [
        'keys',
        'create',
        '--name',
        'locked',
        '--scope',
        'agent:run',
        '--scope',
        'agent:read',
        '--type',
        'temporary',
        '--env',
        'live',
        '--expires-in',
        '30d',
        '--ip',
        '10.0.0.1',
        '--ip',
        '192.168.0.0/24',
        '--agent',
        'agt_1a2b3c4d5e6f7a8b',
        '--require-signature',
        '--json',
      ],
      { env: caller.env },
    );

    expect(result.code, result.stderr).toBe(0);
    const body = JSON.parse(String(caller.requests().at(-1)?.body)) as Record<string, unknown>;
    expect(body).toEqual({
      name: 'locked',
      scopes: ['agent:run', 'agent:read'],
      type: 'temporary',
      environment: 'live',
      expiresAt: expect.any(String),
      allowedIps: ['10.0.0.1', '192.168.0.0/24'],
      agentId: 'agt_1a2b3c4d5e6f7a8b',
      requireSignature: true,
    });
    const expiresIn = Date.parse(String(body.expiresAt)) - before;
    expect(expiresIn).toBeGreaterThan(30 * 86_400_000 - 60_000);
    expect(expiresIn).toBeLessThan(30 * 86_400_000 + 60_000);
    expect(json(result)).toMatchObject({
      environment: 'live',
      type: 'temporary',
      secret: expect.stringMatching(/^rl_live_/),
    });
  });

  it('exits with 1, FORBIDDEN and the required scope when the key may not create keys', async ({ expect }) => {
    const reader = await apiCaller(world.mock, { name: 'reader', profile: 'read-only' });
    const result = await world.sandbox.run(['keys', 'create', '--name', 'nope', '--scope', 'keys:read'], {
      env: reader.env,
    });

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/code:\s+FORBIDDEN \(HTTP 403\)/);
    expect(result.stderr).toMatch(/needs scope:\s+keys:manage/);
    expect(result.stderr).toMatch(/request id:\s+req_\w+/);
  });

  it('exits with 2 before sending anything when neither --scope nor --profile is given', async ({ expect }) => {
    const caller = await apiCaller(world.mock);
    const result = await world.sandbox.run(['keys', 'create', '--name', 'x'], { env: caller.env });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('either --scope <scopes> or --profile <profile>');
    expect(caller.requests()).toEqual([]);
  });

  it('uses the config profile named before the command, and the permission profile after it', async ({
    expect,
    onTestFinished,
  }) => {
    const own = await sandboxForTest(onTestFinished);
    const caller = await apiCaller(world.mock, { name: 'work-admin' });
    const setup = await own.run(['setup', '--profile', 'work', '--base-url', world.mock.url], { stdin: caller.secret });
    expect(setup.code, setup.stderr).toBe(0);

    const [created, misplaced] = await Promise.all([
      own.run(['--profile', 'work', 'keys', 'create', '--name', 'sb', '--profile', 'sandbox-user', '--json']),
      own.run(['keys', 'create', '--name', 'x', '--profile', 'work']),
    ]);

    expect(created.code, created.stderr).toBe(0);
    expect(json(created)).toMatchObject({ name: 'sb', profile: 'sandbox-user' });
    expect(caller.requests().at(-1)).toMatchObject({ method: 'POST', path: '/v1/keys', status: 201 });
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toContain(
      "--profile is the new key's permission profile: one of read-only, sandbox-user, admin",
    );
    expect(misplaced.stderr).toContain('runlet --profile work keys create');
  });
});
