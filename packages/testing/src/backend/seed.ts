import { parseToken, type Schemas, scopesOfProfile } from '@runlet/types';
import type { SeedAgentInput, SeededKey, SeedKeyInput, SeedSandboxInput } from '../runlet-backend.js';
import type { BackendState } from './backend-state.js';
import { DEFAULT_AGENTS } from './default-agents.js';
import { normalizeAllowlistEntry } from './ip-allowlist.js';
import { environmentOfSecret, mintKey } from './mint-key.js';
import { randomId } from './random-id.js';
import { addKey, type KeyRecord } from './store.js';
import { agentView, apiKeyView, sandboxView } from './views.js';

/** Creates a key directly, bypassing the API's rules (an expiry in the past is fine, to test expiry). */
export async function seedKey(state: BackendState, input: SeedKeyInput = {}): Promise<SeededKey> {
  if (input.scopes !== undefined && input.profile !== undefined) {
    throw new TypeError('seedKey: give scopes or profile, not both.');
  }
  let environment = input.environment;
  if (input.secret !== undefined) {
    const fromSecret = environmentOfSecret(input.secret);
    if ('problem' in fromSecret) throw new TypeError(`seedKey: the secret cannot be used. ${fromSecret.problem}`);
    if (environment !== undefined && environment !== fromSecret.environment) {
      throw new TypeError(`seedKey: environment is ${environment} but the secret is a ${fromSecret.environment} key.`);
    }
    environment = fromSecret.environment;
  }
  if (input.signingSecret !== undefined) {
    const parsed = parseToken(input.signingSecret);
    if (!parsed.valid || parsed.prefix !== 'rl_sig_') {
      throw new TypeError('seedKey: signingSecret must be a well-formed signing secret (rl_sig_…).');
    }
  }
  const allowedIps = (input.allowedIps ?? []).map((entry) => {
    const normalized = normalizeAllowlistEntry(entry);
    if (normalized === null)
      throw new TypeError(`seedKey: allowedIps has "${entry}", which is neither an IP nor a CIDR.`);
    return normalized;
  });
  const now = state.clock.now();
  const { record, secret, signingSecret } = await mintKey(
    state.store,
    {
      name: input.name ?? 'test-admin',
      environment: environment ?? 'test',
      type: input.type ?? 'service',
      scopes: input.profile ? scopesOfProfile(input.profile) : [...(input.scopes ?? ['*'])],
      profile: input.profile ?? null,
      tier: input.tier ?? 'pro',
      expiresAt: input.expiresAt === undefined ? null : parseTime(input.expiresAt, 'expiresAt'),
      allowedIps: [...new Set(allowedIps)],
      agentId: input.agentId ?? null,
      requireSignature: input.requireSignature ?? false,
      rotatedFrom: null,
    },
    now,
    { secret: input.secret, signingSecret: input.signingSecret },
  );
  if (input.persistent) state.persistentKeys.push(copyKey(record));
  return { key: apiKeyView(record, now), secret, signingSecret };
}

export function seedAgent(state: BackendState, input: SeedAgentInput = {}): Schemas['Agent'] {
  const id = input.id ?? randomId('agt_');
  const agent = {
    id,
    seq: state.store.agents.get(id)?.seq ?? state.store.nextSeq(),
    name: input.name ?? 'agent',
    description: input.description ?? '',
    model: input.model ?? 'runlet-large',
    createdAt: input.createdAt === undefined ? state.clock.now() : parseTime(input.createdAt, 'createdAt'),
  };
  state.store.agents.set(id, agent);
  return agentView(agent);
}

export function seedSandbox(state: BackendState, input: SeedSandboxInput = {}): Schemas['Sandbox'] {
  const createdAt = input.createdAt === undefined ? state.clock.now() : parseTime(input.createdAt, 'createdAt');
  const sandbox = {
    id: input.id ?? randomId('sbx_'),
    seq: state.store.nextSeq(),
    status: input.status ?? 'running',
    image: input.image ?? 'runlet/base',
    timeoutSeconds: input.timeoutSeconds ?? 3600,
    metadata: { ...input.metadata },
    createdAt,
    updatedAt: input.updatedAt === undefined ? createdAt : parseTime(input.updatedAt, 'updatedAt'),
    files: new Map<string, string>(),
  };
  state.store.sandboxes.set(sandbox.id, sandbox);
  return sandboxView(sandbox);
}

/** What a fresh backend holds: the persistent keys as seeded, and the default agents. */
export function seedFreshState(state: BackendState): void {
  for (const key of state.persistentKeys) addKey(state.store, { ...copyKey(key), seq: state.store.nextSeq() });
  if (state.settings.seedAgents) {
    for (const agent of DEFAULT_AGENTS) seedAgent(state, agent);
  }
}

function copyKey(key: KeyRecord): KeyRecord {
  return { ...key, scopes: [...key.scopes], allowedIps: [...key.allowedIps], alert: key.alert && { ...key.alert } };
}

function parseTime(value: string, name: string): number {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new TypeError(`${name} must be an RFC 3339 time such as 2026-01-01T00:00:00Z.`);
  return time;
}
