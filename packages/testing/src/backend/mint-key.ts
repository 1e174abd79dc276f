import { createToken, importSigningKey, parseToken } from '@runlet/types';
import type { Environment } from '../runlet-backend.js';
import { randomId } from './random-id.js';
import { sha256Hex } from './sha256-hex.js';
import { addKey, type KeyRecord, type Store } from './store.js';

/** Everything of a key that its creator chooses. */
export type KeySettings = Pick<
  KeyRecord,
  | 'name'
  | 'environment'
  | 'type'
  | 'scopes'
  | 'profile'
  | 'tier'
  | 'expiresAt'
  | 'allowedIps'
  | 'agentId'
  | 'requireSignature'
  | 'rotatedFrom'
>;

export interface MintedKey {
  record: KeyRecord;
  secret: string;
  signingSecret: string;
}

/**
 * Creates and stores a key with a fresh secret and signing secret (or the given ones, for seeding). The
 * secret is kept only as its SHA-256; the caller returns it once.
 */
export async function mintKey(
  store: Store,
  settings: KeySettings,
  now: number,
  given: { secret?: string | undefined; signingSecret?: string | undefined } = {},
): Promise<MintedKey> {
  const secret = given.secret ?? createToken(prefixOf(settings.environment));
  const signingSecret = given.signingSecret ?? createToken('rl_sig_');
  const secretHash = await sha256Hex(secret);
  if (store.keyIdsByHash.has(secretHash)) {
    throw new TypeError('A key with this secret already exists in the backend; use another secret.');
  }
  const record: KeyRecord = {
    ...settings,
    id: randomId('key_'),
    seq: store.nextSeq(),
    lastFour: secret.slice(-4),
    secretHash,
    signingKey: await importSigningKey(signingSecret),
    createdAt: now,
    lastUsedAt: null,
    revokedAt: null,
    replacedBy: null,
    graceExpiresAt: null,
    alert: null,
  };
  addKey(store, record);
  return { record, secret, signingSecret };
}

export function prefixOf(environment: Environment): 'rl_live_' | 'rl_test_' {
  return environment === 'live' ? 'rl_live_' : 'rl_test_';
}

/** The environment of a well-formed secret key, or a sentence saying what is wrong with it. */
export function environmentOfSecret(secret: string): { environment: Environment } | { problem: string } {
  const parsed = parseToken(secret);
  if (!parsed.valid) return { problem: parsed.message };
  if (parsed.prefix === 'rl_live_') return { environment: 'live' };
  if (parsed.prefix === 'rl_test_') return { environment: 'test' };
  return { problem: `This is a ${parsed.description}, not a secret API key (rl_live_… or rl_test_…).` };
}
