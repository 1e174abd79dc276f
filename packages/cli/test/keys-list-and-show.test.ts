import { type RunletMockServer, startRunletMockServer } from '@runlet/testing/server';
import type { Schemas } from '@runlet/types';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { apiCaller } from './helpers/api-caller.js';
import { type CliSandbox, createSandbox, json } from './helpers/cli-sandbox.js';

let mock: RunletMockServer;
let sandbox: CliSandbox;
let admin: { env: Record<string, string> };

beforeAll(async () => {
  mock = await startRunletMockServer({ port: 0 });
  sandbox = await createSandbox();
  admin = { env: { RUNLET_API_KEY: mock.adminKey, RUNLET_BASE_URL: mock.url } };
});
afterAll(async () => {
  await mock.close();
  await sandbox.cleanup();
});

type KeyPage = { data: Schemas['ApiKey'][]; nextCursor: string | null };

describe.concurrent('runlet keys show', { timeout: 30_000 }, () => {
  it('shows one key as the API returns it with --json, and its details for people', async ({ expect }) => {
    const caller = await apiCaller(mock, { name: 'viewer', scopes: ['keys:read'] });
    const { key } = await mock.backend.seedKey({ name: 'shown', allowedIps: ['10.0.0.1'], requireSignature: true });

    const [asJson, human] = await Promise.all([
      sandbox.run(['keys', 'show', key.id, '--json'], { env: caller.env }),
      sandbox.run(['keys', 'get', key.id], { env: caller.env }),
    ]);

    expect(asJson.code, asJson.stderr).toBe(0);
    expect(json(asJson)).toEqual(key);
    expect(human.stdout).toMatch(new RegExp(`^id\\s+${key.id}$`, 'm'));
    expect(human.stdout).toMatch(/^allowed IPs\s+10\.0\.0\.1$/m);
    expect(human.stdout).toMatch(/^signature\s+required$/m);
  });

  it('exits with 1 and NOT_FOUND for an unknown key, and with 2 for a secret given as a key id', async ({ expect }) => {
    const caller = await apiCaller(mock);
    const [missing, aSecret] = await Promise.all([
      sandbox.run(['keys', 'show', 'key_0000000000000000'], { env: caller.env }),
      sandbox.run(['keys', 'show', caller.secret], { env: caller.env }),
    ]);

    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/code:\s+NOT_FOUND \(HTTP 404\)/);
    expect(missing.stderr).toContain('`runlet keys list` shows your keys');
    expect(aSecret.code).toBe(2);
    expect(aSecret.stderr).toContain('That is a secret or a token, not a key id');
    expect(aSecret.stderr).not.toContain(caller.secret);
    expect(caller.requests()).toHaveLength(1);
  });

  it('prints an API error as JSON on stderr with --json, for scripts', async ({ expect }) => {
    const caller = await apiCaller(mock);
    const missing = await sandbox.run(['keys', 'show', 'key_0000000000000000', '--json'], { env: caller.env });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    const { error } = JSON.parse(missing.stderr) as { error: Record<string, unknown> };
    expect(error).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(error.requestId).toMatch(/^req_/);
    expect(String(error.message)).toContain('key_0000000000000000');
  });
});

// Listing sees every key of the account, so these tests run one at a time on a fresh backend.
describe('runlet keys list', { timeout: 30_000 }, () => {
  beforeEach(() => mock.backend.reset());

  it('lists keys newest first as a table, never with a secret', async ({ expect }) => {
    const ci = await mock.backend.seedKey({ name: 'ci-worker', profile: 'sandbox-user' });
    const result = await sandbox.run(['keys', 'list'], admin);

    expect(result.code, result.stderr).toBe(0);
    const [header, first, second] = result.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^ID\s+NAME\s+SECRET\s+STATUS\s+TYPE\s+SCOPES\s+LAST USED\s+EXPIRES$/);
    expect(first).toMatch(
      new RegExp(
        `^${ci.key.id}\\s+ci-worker\\s+rl_test_…${ci.secret.slice(-4)}\\s+active\\s+service\\s+sandbox-user\\s+never\\s+never$`,
      ),
    );
    expect(second).toMatch(/^key_\w+\s+mock-admin\s/);
    expect(result.stdout).not.toContain(ci.secret);
  });

  it("shows when a rotated key's grace period ends under EXPIRES, not never", async ({ expect }) => {
    const old = await mock.backend.seedKey({ name: 'rotating' });
    const rotate = await fetch(`${mock.url}/v1/keys/${old.key.id}/rotate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${mock.adminKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ gracePeriodSeconds: 7200 }),
    });
    expect(rotate.status).toBe(201);

    const result = await sandbox.run(['keys', 'list'], admin);

    expect(result.code, result.stderr).toBe(0);
    const row = result.stdout.split('\n').find((line) => line.startsWith(old.key.id));
    expect(row).toMatch(/\srotated\s.*\snever\s+in 2h \(grace\)$/);
  });

  it('prints the API page { data, nextCursor } with --json, and pages with --limit and --cursor', async ({
    expect,
  }) => {
    for (const name of ['a', 'b', 'c']) await mock.backend.seedKey({ name });

    const first = await sandbox.run(['keys', 'list', '--limit', '2', '--json'], admin);
    const page1 = json<KeyPage>(first);
    const page2 = json<KeyPage>(
      await sandbox.run(['keys', 'list', '--limit', '2', '--cursor', String(page1.nextCursor), '--json'], admin),
    );

    expect(page1.data.map((key) => key.name)).toEqual(['c', 'b']);
    expect(page1.nextCursor).toBe(page1.data[1]?.id);
    expect(page1.data[0]).toEqual(expect.objectContaining({ object: 'api_key', status: 'active', scopes: ['*'] }));
    expect(page2).toEqual({
      data: [expect.objectContaining({ name: 'a' }), expect.objectContaining({ name: 'mock-admin' })],
      nextCursor: null,
    });
    expect(first.stderr).toBe('');
  });

  it('walks every page with --all, and hints at the next page on stderr in a table', async ({ expect }) => {
    for (const name of ['a', 'b', 'c']) await mock.backend.seedKey({ name });

    const [all, table] = await Promise.all([
      sandbox.run(['keys', 'list', '--all', '--limit', '1', '--json'], admin),
      sandbox.run(['keys', 'ls', '--limit', '1'], admin),
    ]);

    const walked = json<KeyPage>(all);
    expect(walked.data.map((key) => key.name)).toEqual(['c', 'b', 'a', 'mock-admin']);
    expect(walked.nextCursor).toBeNull();
    expect(mock.backend.requests.filter((r) => r.path.startsWith('/v1/keys?limit=1')).length).toBe(5);
    expect(table.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(table.stderr).toMatch(/More keys: runlet keys list --cursor key_\w+ \(or --all\)/);
  });
});
