import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import { createToken } from '@runlet/types';
import { describe, it } from 'vitest';
import { apiCaller } from './helpers/api-caller.js';
import { json, sandboxForTest } from './helpers/cli-sandbox.js';
import { useCliWorld } from './helpers/use-cli-world.js';

const world = useCliWorld();

describe.concurrent('runlet whoami', { timeout: 30_000 }, () => {
  it('prints the principal exactly as GET /v1/me returns it with --json', async ({ expect }) => {
    const caller = await apiCaller(world.mock, { name: 'me' });
    const result = await world.sandbox.run(['whoami', '--json'], { env: caller.env });
    const direct = await fetch(`${world.mock.url}/v1/me`, { headers: { Authorization: `Bearer ${caller.secret}` } });

    expect(result.code, result.stderr).toBe(0);
    expect(json(result)).toEqual(await direct.json());
  });

  it('shows the key, its scopes, the API and where the credentials come from', async ({ expect }) => {
    const caller = await apiCaller(world.mock, { name: 'reader', profile: 'read-only', environment: 'live' });
    const result = await world.sandbox.run(['whoami'], { env: caller.env });

    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`key id\\s+${caller.key.id}`));
    expect(result.stdout).toMatch(/name\s+reader/);
    expect(result.stdout).toMatch(/environment\s+live/);
    expect(result.stdout).toMatch(/scopes\s+keys:read, sandbox:read, agent:read/);
    expect(result.stdout).toContain(`api          ${world.mock.url}`);
    expect(result.stdout).toMatch(/credentials\s+\$RUNLET_API_KEY/);
  });

  it('takes --profile and --json before or after the command name', async ({ expect, onTestFinished }) => {
    const own = await sandboxForTest(onTestFinished);
    const caller = await apiCaller(world.mock, { name: 'profiled' });
    const setup = await own.run(['setup', '--profile', 'second', '--base-url', world.mock.url], {
      stdin: caller.secret,
    });
    expect(setup.code, setup.stderr).toBe(0);

    const [before, after] = await Promise.all([
      own.run(['--profile', 'second', '--json', 'whoami']),
      own.run(['whoami', '--profile', 'second', '--json']),
    ]);

    expect([before.code, after.code]).toEqual([0, 0]);
    expect(json(before)).toMatchObject({ name: 'profiled' });
    expect(json(after)).toEqual(json(before));
  });

  it('exits with 1 and names every way to give a key when there is none, in command-line terms', async ({ expect }) => {
    const result = await world.sandbox.run(['whoami', '--profile', 'missing']);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No Runlet API key found');
    expect(result.stderr).toContain('--api-key');
    expect(result.stderr).toContain('RUNLET_API_KEY');
    expect(result.stderr).toContain('`runlet setup --profile missing`');
    expect(result.stderr).not.toContain('new Runlet');
  });

  it('exits with 2 for a malformed key from RUNLET_API_KEY or a profile, naming where it came from, sending nothing', async ({
    expect,
    onTestFinished,
  }) => {
    const own = await sandboxForTest(onTestFinished);
    const [inEnv, inProfile] = [createToken('rl_test_').slice(0, -1), `${createToken('rl_live_').slice(0, -1)}x`];
    await mkdir(dirname(own.configFile), { recursive: true });
    await writeFile(
      own.configFile,
      JSON.stringify({ profiles: { ci: { apiKey: inProfile, baseUrl: world.mock.url } } }),
    );
    await chmod(own.configFile, 0o600);

    const [fromEnv, fromProfile] = await Promise.all([
      own.run(['whoami'], { env: { RUNLET_API_KEY: inEnv, RUNLET_BASE_URL: world.mock.url } }),
      own.run(['keys', 'list', '--profile', 'ci']),
    ]);

    expect([fromEnv.code, fromProfile.code]).toEqual([2, 2]);
    expect(fromEnv.stderr).toContain('error: The key in RUNLET_API_KEY is not valid: ');
    expect(fromProfile.stderr).toContain(`error: The key in profile "ci" of ${own.configFile} is not valid: `);
    expect(fromProfile.stderr).toContain('Run `runlet setup --profile ci` to save a working key there');
    const sent = world.mock.backend.requests.map((request) => String(request.headers.authorization));
    expect(sent.filter((header) => header.includes(inEnv) || header.includes(inProfile))).toEqual([]);
  });

  it('exits with 1 and INVALID_API_KEY, the request id and what to do, for a revoked key', async ({ expect }) => {
    const revoked = await apiCaller(world.mock, { name: 'gone' });
    await fetch(`${world.mock.url}/v1/keys/${revoked.key.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${world.mock.adminKey}` },
    });

    const result = await world.sandbox.run(['whoami'], { env: revoked.env });

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/code:\s+INVALID_API_KEY \(HTTP 401\)/);
    expect(result.stderr).toMatch(/request id:\s+req_[0-9A-Za-z]+/);
    expect(result.stderr).toContain('runlet setup');
    expect(result.stderr).not.toContain(revoked.secret);
  });

  it('exits with 1 and names the address when the API cannot be reached', async ({ expect }) => {
    const closed = await freePort();
    const result = await world.sandbox.run(['whoami'], {
      env: { RUNLET_API_KEY: world.mock.adminKey, RUNLET_BASE_URL: `http://127.0.0.1:${closed}` },
    });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Could not reach the Runlet API');
    expect(result.stderr).toContain(`http://127.0.0.1:${closed}`);
    expect(result.stderr).toContain('ECONNREFUSED');
  });

  it('keeps the address and the cause in the JSON error when the API cannot be reached', async ({ expect }) => {
    const closed = await freePort();
    const result = await world.sandbox.run(['whoami', '--json'], {
      env: { RUNLET_API_KEY: world.mock.adminKey, RUNLET_BASE_URL: `http://127.0.0.1:${closed}` },
    });

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(JSON.parse(result.stderr)).toEqual({
      error: {
        code: 'UnreachableAPIError',
        message: expect.stringContaining('Could not reach the Runlet API'),
        api: `http://127.0.0.1:${closed}`,
        cause: 'ECONNREFUSED',
      },
    });
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
