import type { Schemas } from '@runlet/types';
import type { AgentRecord, KeyRecord, RunRecord, SandboxRecord, TokenRecord } from './store.js';
import { toTimestamp, toTimestampOrNull } from './times.js';

/** A key's status at `now`: revocation first, then expiry, then the end of a rotation's grace period. */
export function keyStatus(key: KeyRecord, now: number): Schemas['KeyStatus'] {
  if (key.revokedAt !== null) return 'revoked';
  if (key.expiresAt !== null && now >= key.expiresAt) return 'expired';
  if (key.graceExpiresAt !== null) return now >= key.graceExpiresAt ? 'expired' : 'rotated';
  return 'active';
}

/** When a key stops working, if it does: its expiry or the end of its rotation grace, whichever is first. */
export function keyEndsAt(key: KeyRecord): number | null {
  const ends = [key.expiresAt, key.graceExpiresAt].filter((time): time is number => time !== null);
  return ends.length === 0 ? null : Math.min(...ends);
}

export function apiKeyView(key: KeyRecord, now: number): Schemas['ApiKey'] {
  return {
    object: 'api_key',
    id: key.id,
    name: key.name,
    prefix: key.environment === 'live' ? 'rl_live_' : 'rl_test_',
    lastFour: key.lastFour,
    type: key.type,
    environment: key.environment,
    scopes: [...key.scopes],
    profile: key.profile,
    status: keyStatus(key, now),
    tier: key.tier,
    createdAt: toTimestamp(key.createdAt),
    expiresAt: toTimestampOrNull(key.expiresAt),
    lastUsedAt: toTimestampOrNull(key.lastUsedAt),
    revokedAt: toTimestampOrNull(key.revokedAt),
    allowedIps: [...key.allowedIps],
    agentId: key.agentId,
    requireSignature: key.requireSignature,
    rotatedFrom: key.rotatedFrom,
    graceExpiresAt: toTimestampOrNull(key.graceExpiresAt),
  };
}

export function principalView(key: KeyRecord, token: TokenRecord | null): Schemas['Principal'] {
  const environment = key.environment;
  if (token) {
    return {
      object: 'principal',
      type: 'client_token',
      keyId: key.id,
      tokenId: token.id,
      name: null,
      keyType: null,
      environment,
      scopes: [...token.scopes],
      tier: key.tier,
      expiresAt: toTimestamp(token.expiresAt),
      subject: token.subject,
    };
  }
  return {
    object: 'principal',
    type: 'api_key',
    keyId: key.id,
    tokenId: null,
    name: key.name,
    keyType: key.type,
    environment,
    scopes: [...key.scopes],
    tier: key.tier,
    expiresAt: toTimestampOrNull(keyEndsAt(key)),
    subject: null,
  };
}

export function sandboxView(sandbox: SandboxRecord): Schemas['Sandbox'] {
  return {
    object: 'sandbox',
    id: sandbox.id,
    status: sandbox.status,
    image: sandbox.image,
    timeoutSeconds: sandbox.timeoutSeconds,
    metadata: { ...sandbox.metadata },
    createdAt: toTimestamp(sandbox.createdAt),
    updatedAt: toTimestamp(sandbox.updatedAt),
  };
}

export function agentView(agent: AgentRecord): Schemas['Agent'] {
  const { id, name, description, model } = agent;
  return { object: 'agent', id, name, description, model, createdAt: toTimestamp(agent.createdAt) };
}

/** A run at `now`: `running` until its completion time, then `succeeded` or `failed`. */
export function runView(run: RunRecord, now: number): Schemas['Run'] {
  const done = now >= run.completesAt;
  return {
    object: 'run',
    id: run.id,
    agentId: run.agentId,
    status: !done ? 'running' : run.error === null ? 'succeeded' : 'failed',
    input: run.input,
    output: done ? run.output : null,
    error: done ? run.error : null,
    metadata: { ...run.metadata },
    createdAt: toTimestamp(run.createdAt),
    completedAt: done ? toTimestamp(run.completesAt) : null,
  };
}
