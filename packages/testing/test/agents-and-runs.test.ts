import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENTS } from '../src/index.js';
import { createTestApi } from './support/api.js';

const TRIAGE = 'agt_5d4c3b2a1f0e9d8c';

describe('agents and runs', () => {
  it('lists the seeded agents newest first and retrieves one', async () => {
    const { call, adminKey } = await createTestApi();
    const list = await call('GET', '/v1/agents', { key: adminKey });
    expect(list.body.data.map((agent: { id: string }) => agent.id)).toEqual(
      DEFAULT_AGENTS.map((agent) => agent.id).reverse(),
    );
    const agent = await call('GET', `/v1/agents/${TRIAGE}`, { key: adminKey });
    expect(agent.body).toEqual({
      object: 'agent',
      id: TRIAGE,
      name: 'triage',
      description: 'Sorts incoming issues.',
      model: 'runlet-large',
      createdAt: '2026-01-01T00:00:00Z',
    });
    expect((await call('GET', '/v1/agents/agt_nope', { key: adminKey })).body.error.code).toBe('NOT_FOUND');
  });

  it('seeds no agents with seedAgents: false', async () => {
    const { call, adminKey } = await createTestApi({ seedAgents: false });
    expect((await call('GET', '/v1/agents', { key: adminKey })).body.data).toEqual([]);
  });

  it('completes a run at once with an output, and retrieves it', async () => {
    const { call, adminKey } = await createTestApi();
    const run = await call('POST', `/v1/agents/${TRIAGE}/runs`, {
      key: adminKey,
      json: { input: 'Summarise the open issues.', metadata: { ticket: '7' } },
    });
    expect(run.status).toBe(201);
    expect(run.body).toMatchObject({
      object: 'run',
      agentId: TRIAGE,
      status: 'succeeded',
      input: 'Summarise the open issues.',
      output: 'triage (runlet-large) read 4 words: "Summarise the open issues."',
      error: null,
      metadata: { ticket: '7' },
      completedAt: '2026-01-01T00:00:00Z',
    });
    expect((await call('GET', `/v1/runs/${run.body.id}`, { key: adminKey })).body).toEqual(run.body);
    expect((await call('GET', '/v1/runs/run_nope', { key: adminKey })).body.error.code).toBe('NOT_FOUND');
    const missingAgent = await call('POST', '/v1/agents/agt_nope/runs', { key: adminKey, json: { input: 'x' } });
    expect(missingAgent.body.error.code).toBe('NOT_FOUND');
  });

  it('echoes with the echo agent and fails a run whose input starts with fail:', async () => {
    const { call, adminKey } = await createTestApi();
    const echo = await call('POST', '/v1/agents/agt_1a2b3c4d5e6f7a8b/runs', { key: adminKey, json: { input: 'ping' } });
    expect(echo.body.output).toBe('ping');
    const failed = await call('POST', `/v1/agents/${TRIAGE}/runs`, {
      key: adminKey,
      json: { input: 'fail: model overloaded' },
    });
    expect(failed.body).toMatchObject({ status: 'failed', output: null, error: 'model overloaded' });
  });

  it('takes runDurationMs of backend-clock time to finish a run', async () => {
    const { call, adminKey, backend } = await createTestApi({ runDurationMs: 30_000 });
    const run = await call('POST', `/v1/agents/${TRIAGE}/runs`, { key: adminKey, json: { input: 'go' } });
    expect(run.body).toMatchObject({ status: 'running', output: null, completedAt: null });
    backend.clock.advance(29_999);
    expect((await call('GET', `/v1/runs/${run.body.id}`, { key: adminKey })).body.status).toBe('running');
    backend.clock.advance(1);
    const done = await call('GET', `/v1/runs/${run.body.id}`, { key: adminKey });
    expect(done.body).toMatchObject({ status: 'succeeded', completedAt: '2026-01-01T00:00:30Z' });
  });

  it('restricts a key with agentId to that agent: its runs, its page of agents, nothing else', async () => {
    const { call, adminKey, backend } = await createTestApi();
    const other = await call('POST', '/v1/agents/agt_8e7f6a5b4c3d2e1f/runs', { key: adminKey, json: { input: 'x' } });
    const { secret } = await backend.seedKey({ scopes: ['agent:*', 'tokens:create'], agentId: TRIAGE });
    const mine = await call('POST', `/v1/agents/${TRIAGE}/runs`, { key: secret, json: { input: 'x' } });
    expect(mine.status).toBe(201);
    const refused = await call('POST', '/v1/agents/agt_8e7f6a5b4c3d2e1f/runs', { key: secret, json: { input: 'x' } });
    expect(refused.body.error).toMatchObject({ code: 'FORBIDDEN', details: { agentId: TRIAGE } });
    expect((await call('GET', '/v1/agents/agt_8e7f6a5b4c3d2e1f', { key: secret })).body.error.code).toBe('FORBIDDEN');
    expect((await call('GET', `/v1/runs/${other.body.id}`, { key: secret })).body.error.code).toBe('FORBIDDEN');
    const page = await call('GET', '/v1/agents', { key: secret });
    expect(page.body.data.map((agent: { id: string }) => agent.id)).toEqual([TRIAGE]);
    const { token } = (await call('POST', '/v1/tokens', { key: secret, json: { scopes: ['agent:run'] } })).body;
    const viaToken = await call('POST', '/v1/agents/agt_8e7f6a5b4c3d2e1f/runs', { key: token, json: { input: 'x' } });
    expect(viaToken.body.error.code).toBe('FORBIDDEN');
  });
});
