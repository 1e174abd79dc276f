import { readFile, stat } from 'node:fs/promises';
import { type RunletMockServer, startRunletMockServer } from '@runlet/testing/server';
import { createToken } from '@runlet/types';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { apiCaller } from './helpers/api-caller.js';
import { type CliSandbox, json, sandboxForTest } from './helpers/cli-sandbox.js';

let mock: RunletMockServer;

beforeAll(async () => {
  mock = await startRunletMockServer({ port: 0 });
});
afterAll(() => mock.close());

async function savedConfig(sandbox: CliSandbox) {
  return JSON.parse(await readFile(sandbox.configFile, 'utf8')) as {
    profiles: Record<string, { apiKey?: string; baseUrl?: string; signingSecret?: string }>;
  };
}

describe.concurrent('runlet setup', { timeout: 30_000 }, () => {
  it('saves a key piped on stdin into the default profile, with mode 0600, after checking it with GET /v1/me', async ({
    expect,
    onTestFinished,
  }) => {
    const sandbox = await sandboxForTest(onTestFinished);
    const caller = await apiCaller(mock, { name: 'piped' });
    const result = await sandbox.run(['setup', '--base-url', mock.url], { stdin: `${caller.secret}\n` });

    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`The key works: ${caller.key.id} "piped".`);
    expect(result.stdout).toContain(`profile "default" of ${sandbox.configFile} (mode 0600)`);
    expect(result.stdout + result.stderr).not.toContain(caller.secret);
    expect((await stat(sandbox.configFile)).mode & 0o777).toBe(0o600);
    expect(await savedConfig(sandbox)).toEqual({ profiles: { default: { apiKey: caller.secret, baseUrl: mock.url } } });
    expect(caller.requests().map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /v1/me 200']);
  });

  it('reads the key from stdin with --api-key -, and takes it from --api-key itself', async ({
    expect,
    onTestFinished,
  }) => {
    const sandbox = await sandboxForTest(onTestFinished);
    const [first, second] = await Promise.all([apiCaller(mock), apiCaller(mock)]);
    const fromStdin = await sandbox.run(['setup', '--api-key', '-', '--profile', 'ci', '--base-url', mock.url], {
      stdin: first.secret,
    });
    const fromFlag = await sandbox.run([
      'setup',
      '--api-key',
      second.secret,
      '--profile',
      'work',
      '--base-url',
      mock.url,
    ]);

    expect([fromStdin.code, fromFlag.code]).toEqual([0, 0]);
    const { profiles } = await savedConfig(sandbox);
    expect(profiles.ci?.apiKey).toBe(first.secret);
    expect(profiles.work?.apiKey).toBe(second.secret);
  });

  it('prints the principal, profile, file and base URL as JSON with --json', async ({ expect, onTestFinished }) => {
    const sandbox = await sandboxForTest(onTestFinished);
    const caller = await apiCaller(mock, { name: 'as-json' });
    const result = await sandbox.run(['setup', '--base-url', mock.url, '--profile', 'local', '--json'], {
      stdin: caller.secret,
    });

    expect(result.code, result.stderr).toBe(0);
    expect(json(result)).toEqual({
      profile: 'local',
      configFile: sandbox.configFile,
      baseURL: mock.url,
      verified: true,
      principal: expect.objectContaining({ object: 'principal', type: 'api_key', keyId: caller.key.id, scopes: ['*'] }),
    });
  });

  it('refuses a mistyped key offline with exit 2, sending nothing and writing nothing', async ({
    expect,
    onTestFinished,
  }) => {
    const sandbox = await sandboxForTest(onTestFinished);
    const secret = createToken('rl_test_');
    const mistyped = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    const result = await sandbox.run(['setup', '--base-url', mock.url], { stdin: mistyped });

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/fails its checksum/);
    expect(result.stderr).not.toContain(mistyped);
    expect(mock.backend.requests.filter((r) => r.headers.authorization?.includes(mistyped))).toEqual([]);
    await expect(stat(sandbox.configFile)).rejects.toThrow(/ENOENT/);
  });

  it('saves with --no-verify when the API cannot be reached, still checking the key offline', async ({
    expect,
    onTestFinished,
  }) => {
    const sandbox = await sandboxForTest(onTestFinished);
    const secret = createToken('rl_test_');
    const unreachable = 'http://127.0.0.1:9';
    const saved = await sandbox.run(['setup', '--no-verify', '--base-url', unreachable], { stdin: secret });
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout).toContain('Saved without asking the API (--no-verify)');
    expect(saved.stdout + saved.stderr).not.toContain(secret);
    expect(await savedConfig(sandbox)).toEqual({ profiles: { default: { apiKey: secret, baseUrl: unreachable } } });

    const asJson = await sandbox.run(['setup', '--no-verify', '--json', '--profile', 'ci'], { stdin: secret });
    expect(json(asJson)).toMatchObject({ profile: 'ci', verified: false, principal: null });

    const mistyped = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    const refused = await sandbox.run(['setup', '--no-verify', '--profile', 'bad'], { stdin: mistyped });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/fails its checksum/);
    expect(Object.keys((await savedConfig(sandbox)).profiles)).toEqual(['default', 'ci']);
  });

  it('refuses a revoked key with exit 1 and INVALID_API_KEY, and saves nothing', async ({ expect, onTestFinished }) => {
    const sandbox = await sandboxForTest(onTestFinished);
    const revoked = await apiCaller(mock, { name: 'soon-revoked' });
    const response = await fetch(`${mock.url}/v1/keys/${revoked.key.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${mock.adminKey}` },
    });
    expect(response.status).toBe(200);

    const result = await sandbox.run(['setup', '--base-url', mock.url], { stdin: revoked.secret });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('INVALID_API_KEY');
    expect(result.stderr).toMatch(/request id:\s+req_/);
    await expect(stat(sandbox.configFile)).rejects.toThrow(/ENOENT/);
  });

  it('saves --signing-secret and checks the key with signed requests', async ({ expect, onTestFinished }) => {
    const sandbox = await sandboxForTest(onTestFinished);
    const signed = await apiCaller(mock, { name: 'signed', requireSignature: true });
    const result = await sandbox.run(['setup', '--base-url', mock.url, '--signing-secret', signed.signingSecret], {
      stdin: signed.secret,
    });

    expect(result.code, result.stderr).toBe(0);
    expect((await savedConfig(sandbox)).profiles.default?.signingSecret).toBe(signed.signingSecret);
    expect(signed.requests()[0]?.headers['x-signature']).toMatch(/^[0-9a-f]{64}$/);
    const whoami = await sandbox.run(['whoami', '--json']);
    expect(json(whoami)).toMatchObject({ name: 'signed' });
  });

  it("keeps other profiles, and drops a saved signing secret that belonged to the profile's previous key", async ({
    expect,
    onTestFinished,
  }) => {
    const sandbox = await sandboxForTest(onTestFinished);
    const [kept, first, second] = await Promise.all([apiCaller(mock), apiCaller(mock), apiCaller(mock)]);
    await sandbox.run(['setup', '--base-url', mock.url, '--profile', 'keep'], { stdin: kept.secret });
    await sandbox.run(['setup', '--base-url', mock.url, '--signing-secret', first.signingSecret], {
      stdin: first.secret,
    });

    const result = await sandbox.run(['setup'], { stdin: second.secret });

    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Removed the signing secret saved in profile "default"');
    expect(await savedConfig(sandbox)).toEqual({
      profiles: {
        keep: { apiKey: kept.secret, baseUrl: mock.url },
        default: { apiKey: second.secret, baseUrl: mock.url },
      },
    });
  });
});
