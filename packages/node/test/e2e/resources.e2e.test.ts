import { describe, expect, it } from 'vitest';
import { useMockServer } from './server.js';

const { admin } = useMockServer();

describe('every resource method over real HTTP', () => {
  it('me() names the calling key', async () => {
    const me = await admin().me();
    expect(me).toMatchObject({ object: 'principal', type: 'api_key', scopes: ['*'] });
  });

  it('keys: create, retrieve, update, list, usage, setAlert, allowlist, rotate, revoke', async () => {
    const runlet = admin();
    const created = await runlet.keys.create({
      name: 'ci',
      scopes: ['sandbox:create', 'sandbox:read'],
      environment: 'test',
    });
    expect(created.secret).toMatch(/^rl_test_/);
    expect(created.signingSecret).toMatch(/^rl_sig_/);
    expect(await runlet.keys.retrieve(created.id)).toMatchObject({ id: created.id, name: 'ci', status: 'active' });
    expect(await runlet.keys.update(created.id, { name: 'ci-2' })).toMatchObject({ name: 'ci-2' });
    const names: string[] = [];
    for await (const key of runlet.keys.list({ limit: 1 })) names.push(key.name);
    expect(names).toContain('ci-2');
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(await runlet.keys.usage(created.id)).toMatchObject({ object: 'key_usage', keyId: created.id });
    expect(await runlet.keys.setAlert(created.id, { thresholdPercent: 80 })).toMatchObject({ thresholdPercent: 80 });
    expect((await runlet.keys.addAllowedIp(created.id, '203.0.113.0/24')).allowedIps).toEqual(['203.0.113.0/24']);
    expect((await runlet.keys.removeAllowedIp(created.id, '203.0.113.0/24')).allowedIps).toEqual([]);
    const rotated = await runlet.keys.rotate(created.id, { gracePeriodSeconds: 0 });
    expect(rotated).toMatchObject({ previousKeyId: created.id, rotatedFrom: created.id });
    expect(rotated.secret).not.toBe(created.secret);
    expect((await runlet.keys.revoke(rotated.id)).status).toBe('revoked');
  });

  it('tokens.create mints a client token', async () => {
    const token = await admin().tokens.create({ scopes: ['sandbox:read'], ttlSeconds: 120 });
    expect(token).toMatchObject({ object: 'client_token', expiresIn: 120, scopes: ['sandbox:read'] });
    expect(token.token).toMatch(/^rl_ct_/);
  });

  it('sandboxes: create, list, retrieve, pause, resume, exec, delete', async () => {
    const runlet = admin();
    const sandbox = await runlet.sandboxes.create({ image: 'runlet/python:3.12' });
    expect(sandbox.status).toBe('running');
    const listed = [];
    for await (const s of runlet.sandboxes.list()) listed.push(s.id);
    expect(listed).toContain(sandbox.id);
    expect((await runlet.sandboxes.retrieve(sandbox.id)).id).toBe(sandbox.id);
    expect((await runlet.sandboxes.pause(sandbox.id)).status).toBe('paused');
    expect((await runlet.sandboxes.resume(sandbox.id)).status).toBe('running');
    expect(await runlet.sandboxes.exec(sandbox.id, { command: 'echo hello' })).toMatchObject({
      exitCode: 0,
      stdout: 'hello\n',
    });
    expect((await runlet.sandboxes.delete(sandbox.id)).status).toBe('deleted');
  });

  it('agents and runs: list, retrieve, run, retrieve the run', async () => {
    const runlet = admin();
    const agents = (await runlet.agents.list()).data;
    const agent = agents[0];
    if (!agent) throw new Error('the reference backend seeds agents');
    expect((await runlet.agents.retrieve(agent.id)).name).toBe(agent.name);
    const run = await runlet.agents.run(agent.id, { input: 'Summarise the open issues.' });
    expect(run.agentId).toBe(agent.id);
    const again = await runlet.runs.retrieve(run.id);
    expect(again.id).toBe(run.id);
    expect(['queued', 'running', 'succeeded']).toContain(again.status);
  });

  it('exposes the last rate-limit state and request id, and the raw response', async () => {
    const runlet = admin();
    const { response, requestId } = await runlet.me().withResponse();
    expect(response.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(requestId).toMatch(/^req_/);
    expect(runlet.lastRequestId).toBe(requestId);
    expect(runlet.lastRateLimit).toMatchObject({ limit: 1000 });
  });
});
