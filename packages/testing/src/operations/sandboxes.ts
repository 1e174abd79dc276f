import { ApiError, notFound } from '../backend/api-error.js';
import { execEvents } from '../backend/exec-events.js';
import { paginate } from '../backend/paginate.js';
import { randomId } from '../backend/random-id.js';
import { runShell } from '../backend/simulated-shell.js';
import type { SandboxRecord, Store } from '../backend/store.js';
import { sandboxView } from '../backend/views.js';
import type { OperationHandlers } from './operation.js';

type SandboxOperations =
  | 'listSandboxes'
  | 'createSandbox'
  | 'getSandbox'
  | 'deleteSandbox'
  | 'pauseSandbox'
  | 'resumeSandbox'
  | 'execSandbox';

/** Sandboxes go running ⇄ paused, then deleted; a deleted one can still be retrieved but not listed. */
export const sandboxOperations: Pick<OperationHandlers, SandboxOperations> = {
  listSandboxes({ state, query }) {
    const { page, nextCursor } = paginate(state.store.sandboxes, query, (sandbox) => sandbox.status !== 'deleted');
    return { status: 200, body: { data: page.map(sandboxView), nextCursor } };
  },

  createSandbox({ state, body, now }) {
    const sandbox: SandboxRecord = {
      id: randomId('sbx_'),
      seq: state.store.nextSeq(),
      status: 'running',
      image: body.image ?? 'runlet/base',
      timeoutSeconds: body.timeoutSeconds ?? 3600,
      metadata: { ...body.metadata },
      createdAt: now,
      updatedAt: now,
      files: new Map(),
    };
    state.store.sandboxes.set(sandbox.id, sandbox);
    return { status: 201, body: sandboxView(sandbox) };
  },

  getSandbox: ({ state, params }) => ({ status: 200, body: sandboxView(findSandbox(state.store, params.sandboxId)) }),

  deleteSandbox({ state, params, now }) {
    const sandbox = findSandbox(state.store, params.sandboxId);
    assertStatus(sandbox, ['running', 'paused'], 'be deleted');
    return { status: 200, body: transition(sandbox, 'deleted', now) };
  },

  pauseSandbox({ state, params, now }) {
    const sandbox = findSandbox(state.store, params.sandboxId);
    assertStatus(sandbox, ['running'], 'be paused');
    return { status: 200, body: transition(sandbox, 'paused', now) };
  },

  resumeSandbox({ state, params, now }) {
    const sandbox = findSandbox(state.store, params.sandboxId);
    assertStatus(sandbox, ['paused'], 'be resumed');
    return { status: 200, body: transition(sandbox, 'running', now) };
  },

  execSandbox({ state, params, body, now }) {
    const sandbox = findSandbox(state.store, params.sandboxId);
    assertStatus(sandbox, ['running'], 'run commands');
    const result = runShell(body.command, {
      files: sandbox.files,
      env: {
        HOME: '/home/runlet',
        USER: 'runlet',
        PATH: '/usr/local/bin:/usr/bin:/bin',
        RUNLET_SANDBOX_ID: sandbox.id,
        RUNLET_IMAGE: sandbox.image,
        ...body.env,
      },
      hostname: sandbox.id,
      now,
      timeoutSeconds: Math.min(body.timeoutSeconds ?? 60, sandbox.timeoutSeconds),
    });
    if (body.stream) return { status: 200, events: execEvents(result, now) };
    return { status: 200, body: { object: 'exec_result', sandboxId: sandbox.id, command: body.command, ...result } };
  },
};

function findSandbox(store: Store, id: string): SandboxRecord {
  const sandbox = store.sandboxes.get(id);
  if (!sandbox) throw notFound('sandbox', id);
  return sandbox;
}

function assertStatus(sandbox: SandboxRecord, allowed: SandboxRecord['status'][], action: string): void {
  if (allowed.includes(sandbox.status)) return;
  const hint = sandbox.status === 'paused' ? '; resume it first' : '';
  throw new ApiError('CONFLICT', `The sandbox ${sandbox.id} is ${sandbox.status} and cannot ${action}${hint}.`);
}

function transition(sandbox: SandboxRecord, status: SandboxRecord['status'], now: number) {
  sandbox.status = status;
  sandbox.updatedAt = now;
  if (status === 'deleted') sandbox.files.clear();
  return sandboxView(sandbox);
}
