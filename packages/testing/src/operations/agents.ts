import { agentOutcome } from '../backend/agent-output.js';
import { ApiError, notFound } from '../backend/api-error.js';
import type { Principal } from '../backend/authenticate.js';
import { paginate } from '../backend/paginate.js';
import { randomId } from '../backend/random-id.js';
import { runEvents } from '../backend/run-events.js';
import type { AgentRecord, RunRecord, Store } from '../backend/store.js';
import { agentView, runView } from '../backend/views.js';
import type { OperationHandlers } from './operation.js';

/** A key restricted to one agent (`agentId`) sees and runs only that agent, and only its runs. */
export const agentOperations: Pick<
  OperationHandlers,
  'listAgents' | 'getAgent' | 'createRun' | 'getRun' | 'listRuns' | 'streamRunEvents'
> = {
  listAgents({ state, query, principal }) {
    const only = principal.key.agentId;
    const { page, nextCursor } = paginate(state.store.agents, query, (agent) => only === null || agent.id === only);
    return { status: 200, body: { data: page.map(agentView), nextCursor } };
  },

  getAgent({ state, params, principal }) {
    assertAgentAllowed(principal, params.agentId);
    return { status: 200, body: agentView(findAgent(state.store, params.agentId)) };
  },

  createRun({ state, params, body, principal, now }) {
    assertAgentAllowed(principal, params.agentId);
    const agent = findAgent(state.store, params.agentId);
    const run: RunRecord = {
      id: randomId('run_'),
      seq: state.store.nextSeq(),
      agentId: agent.id,
      input: body.input,
      metadata: { ...body.metadata },
      createdAt: now,
      completesAt: now + state.settings.runDurationMs,
      ...agentOutcome(agent, body.input),
    };
    state.store.runs.set(run.id, run);
    return { status: 201, body: runView(run, now) };
  },

  getRun({ state, params, principal, now }) {
    const run = state.store.runs.get(params.runId);
    if (!run) throw notFound('run', params.runId);
    assertAgentAllowed(principal, run.agentId);
    return { status: 200, body: runView(run, now) };
  },

  listRuns({ state, query, principal, now }) {
    const only = principal.key.agentId;
    const { page, nextCursor } = paginate(
      state.store.runs,
      query,
      (run) =>
        (only === null || run.agentId === only) &&
        (query.agentId === undefined || run.agentId === query.agentId) &&
        (query.status === undefined || runView(run, now).status === query.status),
    );
    return { status: 200, body: { data: page.map((run) => runView(run, now)), nextCursor } };
  },

  streamRunEvents({ state, params, principal }) {
    const run = state.store.runs.get(params.runId);
    if (!run) throw notFound('run', params.runId);
    assertAgentAllowed(principal, run.agentId);
    return { status: 200, events: runEvents(run, state.store.agents.get(run.agentId)?.model) };
  },
};

function findAgent(store: Store, id: string): AgentRecord {
  const agent = store.agents.get(id);
  if (!agent) throw notFound('agent', id);
  return agent;
}

function assertAgentAllowed(principal: Principal, agentId: string): void {
  const only = principal.key.agentId;
  if (only === null || only === agentId) return;
  throw new ApiError('FORBIDDEN', `This key is restricted to the agent ${only}; it cannot use ${agentId}.`, {
    details: { agentId: only },
  });
}
