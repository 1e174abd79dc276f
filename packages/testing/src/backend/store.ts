import type { ClientTokenScope, Profile, Schemas, Scope } from '@runlet/types';
import type { Environment, KeyType, Tier } from '../runlet-backend.js';

/** An API key as the backend keeps it: its secret only as a SHA-256 hash, its signing secret as a CryptoKey. */
export interface KeyRecord {
  id: string;
  seq: number;
  name: string;
  environment: Environment;
  lastFour: string;
  secretHash: string;
  signingKey: CryptoKey;
  type: KeyType;
  scopes: Scope[];
  profile: Profile | null;
  tier: Tier;
  createdAt: number;
  expiresAt: number | null;
  lastUsedAt: number | null;
  revokedAt: number | null;
  allowedIps: string[];
  agentId: string | null;
  requireSignature: boolean;
  rotatedFrom: string | null;
  /** The key that replaced this one in a rotation. */
  replacedBy: string | null;
  graceExpiresAt: number | null;
  alert: { thresholdPercent: number; updatedAt: number } | null;
}

export interface TokenRecord {
  id: string;
  hash: string;
  keyId: string;
  scopes: ClientTokenScope[];
  allowedOrigins: string[];
  subject: string | null;
  createdAt: number;
  expiresAt: number;
}

export interface SandboxRecord {
  id: string;
  seq: number;
  status: Schemas['SandboxStatus'];
  image: string;
  timeoutSeconds: number;
  metadata: Record<string, string>;
  createdAt: number;
  updatedAt: number;
  /** The sandbox's files, for the simulated shell. */
  files: Map<string, string>;
}

export interface AgentRecord {
  id: string;
  seq: number;
  name: string;
  description: string;
  model: string;
  createdAt: number;
}

export interface RunRecord {
  id: string;
  seq: number;
  agentId: string;
  input: string;
  metadata: Record<string, string>;
  createdAt: number;
  /** When the run finishes, on the backend clock. */
  completesAt: number;
  output: string | null;
  error: string | null;
}

/** The whole state of one backend. */
export interface Store {
  keys: Map<string, KeyRecord>;
  keyIdsByHash: Map<string, string>;
  /** Client tokens by the SHA-256 of their value. */
  tokens: Map<string, TokenRecord>;
  sandboxes: Map<string, SandboxRecord>;
  agents: Map<string, AgentRecord>;
  runs: Map<string, RunRecord>;
  /** Creation order, for newest-first lists that do not depend on the clock. */
  nextSeq(): number;
}

export function createStore(): Store {
  let seq = 0;
  return {
    keys: new Map(),
    keyIdsByHash: new Map(),
    tokens: new Map(),
    sandboxes: new Map(),
    agents: new Map(),
    runs: new Map(),
    nextSeq: () => ++seq,
  };
}

export function addKey(store: Store, key: KeyRecord): void {
  store.keys.set(key.id, key);
  store.keyIdsByHash.set(key.secretHash, key.id);
}
