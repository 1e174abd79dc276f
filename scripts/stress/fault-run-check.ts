// After the fault run: what the client was told, compared with the server's state (read directly, without the
// proxy) and the backend's request log.
import { Runlet, type Schemas } from '@runlet/node';
import type { RunletMockServer } from '@runlet/testing/server';

/** One mutation the fault run attempted; `ok` when the client reported success. */
export type Mutation =
  | { kind: 'key.create'; name: string; ok: boolean; id?: string }
  | { kind: 'sandbox.create'; name: string; ok: boolean; id?: string }
  | { kind: 'key.update'; id: string; expiresAt: number; ok: boolean }
  | { kind: 'sandbox.delete'; id: string; ok: boolean };

export interface StateCheck {
  duplicatedCreates: number;
  lostMutations: number;
  ambiguous: number;
  ambiguousBy: Record<string, number>;
  findings: string[];
}

export async function checkServerState(server: RunletMockServer, mutations: readonly Mutation[]): Promise<StateCheck> {
  const direct = new Runlet({ apiKey: server.adminKey, baseURL: server.url, env: {}, logLevel: 'off' });
  const keysByName = new Map<string, Schemas['ApiKey'][]>();
  const keysById = new Map<string, Schemas['ApiKey']>();
  for await (const key of direct.keys.list({ limit: 100 })) {
    keysByName.set(key.name, [...(keysByName.get(key.name) ?? []), key]);
    keysById.set(key.id, key);
  }
  const sandboxesByTag = new Map<string, Set<string>>();
  for await (const sandbox of direct.sandboxes.list({ limit: 100 })) {
    const tag = sandbox.metadata.stress;
    if (tag) sandboxesByTag.set(tag, (sandboxesByTag.get(tag) ?? new Set()).add(sandbox.id));
  }
  const sandboxes = new Map<string, Schemas['Sandbox'] | null>();
  const sandbox = async (id: string) => {
    if (!sandboxes.has(id)) sandboxes.set(id, await direct.sandboxes.retrieve(id).catch(() => null));
    return sandboxes.get(id) ?? null;
  };
  // Every PATCH the backend applied (answered 2xx, first time or replayed), as `keyId expiresAt`.
  const appliedUpdates = new Set(
    server.backend.requests
      .filter((request) => request.method === 'PATCH' && request.status >= 200 && request.status < 300)
      .map(
        (request) =>
          `${request.path.split('/').at(-1)} ${Date.parse((request.json as { expiresAt: string }).expiresAt)}`,
      ),
  );

  const check: StateCheck = { duplicatedCreates: 0, lostMutations: 0, ambiguous: 0, ambiguousBy: {}, findings: [] };
  const find = (line: string) => check.findings.length < 20 && check.findings.push(line);
  const ambiguous = (operation: string) => {
    check.ambiguous++;
    check.ambiguousBy[operation] = (check.ambiguousBy[operation] ?? 0) + 1;
  };
  const updatesByKey = new Map<string, Extract<Mutation, { kind: 'key.update' }>[]>();

  for (const mutation of mutations) {
    if (mutation.kind === 'key.create' || mutation.kind === 'sandbox.create') {
      const ids =
        mutation.kind === 'key.create'
          ? new Set((keysByName.get(mutation.name) ?? []).map((key) => key.id))
          : new Set(sandboxesByTag.get(mutation.name));
      if (
        mutation.kind === 'sandbox.create' &&
        mutation.id &&
        (await sandbox(mutation.id))?.metadata.stress === mutation.name
      )
        ids.add(mutation.id);
      if (ids.size > 1) {
        check.duplicatedCreates += ids.size - 1;
        find(`${mutation.kind} ${mutation.name} made ${ids.size} objects: ${[...ids].join(', ')}`);
      }
      if (mutation.ok && !(mutation.id && ids.has(mutation.id))) {
        check.lostMutations++;
        find(
          `${mutation.kind} ${mutation.name} resolved with ${mutation.id} but the server has ${[...ids].join(', ') || 'nothing'}`,
        );
      }
      if (!mutation.ok && ids.size > 0) ambiguous(mutation.kind === 'key.create' ? 'keys.create' : 'sandboxes.create');
    } else if (mutation.kind === 'sandbox.delete') {
      const status = (await sandbox(mutation.id))?.status;
      if (mutation.ok && status !== 'deleted') {
        check.lostMutations++;
        find(`sandboxes.delete ${mutation.id} resolved but the sandbox is ${status ?? 'missing'}`);
      }
      if (!mutation.ok && status === 'deleted') ambiguous('sandboxes.delete');
    } else {
      updatesByKey.set(mutation.id, [...(updatesByKey.get(mutation.id) ?? []), mutation]);
      const applied = appliedUpdates.has(`${mutation.id} ${mutation.expiresAt}`);
      if (mutation.ok && !applied) {
        check.lostMutations++;
        find(
          `keys.update ${mutation.id} → ${new Date(mutation.expiresAt).toISOString()} resolved but was never applied`,
        );
      }
      if (!mutation.ok && applied) ambiguous('keys.update');
    }
  }

  // The last update a client saw succeed must be the key's state, or one after it (an ambiguous one).
  for (const [id, updates] of updatesByKey) {
    const key = keysById.get(id);
    const final = key?.expiresAt ? Date.parse(key.expiresAt) : null;
    const lastOk = updates.findLastIndex((update) => update.ok);
    const current = updates.findLastIndex((update) => update.expiresAt === final);
    if (lastOk >= 0 && current < lastOk) {
      check.lostMutations++;
      find(
        `key ${id}: update ${lastOk + 1} of ${updates.length} resolved, but the key has expiresAt ${key?.expiresAt ?? 'missing'}`,
      );
    }
  }
  return check;
}
