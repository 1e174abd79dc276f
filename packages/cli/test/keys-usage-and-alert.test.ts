import type { Schemas } from '@runlet/types';
import { describe, it } from 'vitest';
import { apiCaller } from './helpers/api-caller.js';
import { json } from './helpers/cli-sandbox.js';
import { useCliWorld } from './helpers/use-cli-world.js';

const world = useCliWorld();

describe.concurrent('runlet keys usage and keys alert', { timeout: 30_000 }, () => {
  it("sets an alert with --threshold, printed as JSON, and shows it in the key's usage JSON", async ({ expect }) => {
    const caller = await apiCaller(world.mock);
    const watched = await apiCaller(world.mock, { name: 'busy', tier: 'free' });
    for (let i = 0; i < 3; i++)
      await fetch(`${world.mock.url}/v1/me`, { headers: { Authorization: `Bearer ${watched.secret}` } });

    const alert = await world.sandbox.run(['keys', 'alert', watched.key.id, '--threshold', '50', '--json'], {
      env: caller.env,
    });
    const usage = await world.sandbox.run(['keys', 'usage', watched.key.id, '--json'], { env: caller.env });

    expect(alert.code, alert.stderr).toBe(0);
    expect(json(alert)).toEqual({
      object: 'usage_alert',
      keyId: watched.key.id,
      thresholdPercent: 50,
      updatedAt: expect.any(String),
    });
    expect(caller.requests()[0]).toMatchObject({ method: 'PUT', path: `/v1/keys/${watched.key.id}/alert` });
    expect(usage.code, usage.stderr).toBe(0);
    expect(json<Schemas['KeyUsage']>(usage)).toMatchObject({
      object: 'key_usage',
      keyId: watched.key.id,
      totalRequests: 3,
      byDay: [{ date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/), requests: 3, errors: 0 }],
      rateLimit: { tier: 'free', limit: 100, remaining: 97 },
      alert: { thresholdPercent: 50 },
    });
  });

  it('shows usage for people: totals, the rate limit, the alert and a table by day', async ({ expect }) => {
    const caller = await apiCaller(world.mock);
    const seen = await apiCaller(world.mock, { name: 'seen' });
    await fetch(`${world.mock.url}/v1/me`, { headers: { Authorization: `Bearer ${seen.secret}` } });

    const result = await world.sandbox.run(['keys', 'usage', seen.key.id], { env: caller.env });

    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^requests\s+1 in the last 30 days$/m);
    expect(result.stdout).toMatch(/^rate limit\s+999 of 1000 left this hour \(tier pro, burst 100\/s\)/m);
    expect(result.stdout).toMatch(/^alert\s+none$/m);
    expect(result.stdout).toMatch(/DAY \(UTC\)\s+REQUESTS\s+ERRORS\n\d{4}-\d\d-\d\d\s+1\s+0/);
  });

  it('exits with 2 for a threshold outside 1–100, before sending anything', async ({ expect }) => {
    const caller = await apiCaller(world.mock);
    const result = await world.sandbox.run(['keys', 'alert', caller.key.id, '--threshold', '0'], { env: caller.env });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "option '--threshold <percent>' argument '0' is invalid. Write a whole number from 1 to 100.",
    );
    expect(caller.requests()).toEqual([]);
  });
});
