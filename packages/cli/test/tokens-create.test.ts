import type { Schemas } from '@runlet/types';
import { describe, it } from 'vitest';
import { apiCaller } from './helpers/api-caller.js';
import { json } from './helpers/cli-sandbox.js';
import { useCliWorld } from './helpers/use-cli-world.js';

const world = useCliWorld();

describe.concurrent('runlet tokens create', { timeout: 30_000 }, () => {
  it('mints a client token with scopes, TTL, origins and subject, printed as the API returns it with --json', async ({
    expect,
  }) => {
    const caller = await apiCaller(world.mock);
    const result = await world.sandbox.run(
      [
        'tokens',
        'create',
        '--scope',
        'sandbox:read,sandbox:execute',
        '--ttl',
        '10m',
        '--origin',
        'https://app.example',
        '--subject',
        'user_123',
        '--json',
      ],
      { env: caller.env },
    );

    expect(result.code, result.stderr).toBe(0);
    const token = json<Schemas['ClientToken']>(result);
    expect(token).toEqual({
      object: 'client_token',
      token: expect.stringMatching(/^rl_ct_\w{36}$/),
      expiresAt: expect.any(String),
      expiresIn: 600,
      serverTime: expect.any(Number),
      scopes: ['sandbox:read', 'sandbox:execute'],
      allowedOrigins: ['https://app.example'],
      subject: 'user_123',
    });
    expect(JSON.parse(String(caller.requests().at(-1)?.body))).toEqual({
      scopes: ['sandbox:read', 'sandbox:execute'],
      ttlSeconds: 600,
      allowedOrigins: ['https://app.example'],
      subject: 'user_123',
    });
    const me = await fetch(`${world.mock.url}/v1/me`, {
      headers: { Authorization: `Bearer ${token.token}`, Origin: 'https://app.example' },
    });
    expect(await me.json()).toMatchObject({ type: 'client_token', subject: 'user_123' });
  });

  it('prints the token and when it expires for people', async ({ expect }) => {
    const caller = await apiCaller(world.mock);
    const result = await world.sandbox.run(['tokens', 'create', '--scope', 'agent:read'], { env: caller.env });

    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^token\s+rl_ct_\w{36}$/m);
    expect(result.stdout).toMatch(/^expires\s+.+ UTC \(in 10m\)$/m);
    expect(result.stdout).toMatch(/^origins\s+any$/m);
  });

  it('exits with 2 for a scope a client token cannot have, saying so and listing those it can, sending nothing', async ({
    expect,
  }) => {
    const caller = await apiCaller(world.mock);
    const result = await world.sandbox.run(['tokens', 'create', '--scope', 'agent:read,keys:read'], {
      env: caller.env,
    });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'Scope "keys:read" is not allowed on a client token. Allowed on a client token: sandbox:*, sandbox:create, ' +
        'sandbox:read, sandbox:delete, sandbox:pause, sandbox:execute, agent:*, agent:read, agent:run.',
    );
    expect(result.stderr).not.toContain('Unknown scope');
    expect(caller.requests()).toEqual([]);
  });

  it("exits with 2 for a TTL outside the API's 60–3600 s, checked before sending anything", async ({ expect }) => {
    const caller = await apiCaller(world.mock);
    const [long, short, longest] = await Promise.all(
      ['2h', '59s', '1h'].map((ttl) =>
        world.sandbox.run(['tokens', 'create', '--scope', 'agent:read', '--ttl', ttl, '--json'], { env: caller.env }),
      ),
    );

    expect([long?.code, short?.code]).toEqual([2, 2]);
    expect(long?.stderr).toContain('"2h" is 7200 s: write a duration from 1m to 1h (60–3600 s).');
    expect(short?.stderr).toContain('"59s" is 59 s: write a duration from 1m to 1h (60–3600 s).');
    expect(longest?.code, longest?.stderr).toBe(0);
    expect(caller.requests().map((request) => JSON.parse(String(request.body)).ttlSeconds)).toEqual([3600]);
  });

  it('exits with 1, FORBIDDEN and the missing scope for a key without tokens:create', async ({ expect }) => {
    const sandboxer = await apiCaller(world.mock, { name: 'sandboxer', profile: 'sandbox-user' });
    const result = await world.sandbox.run(['tokens', 'create', '--scope', 'sandbox:read'], { env: sandboxer.env });

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/needs scope:\s+tokens:create/);
  });
});
