import type { LoggedRequest, Tier, TierLimits } from '../runlet-backend.js';
import type { ResettableClock } from './clock.js';
import type { FaultQueue } from './fault-queue.js';
import type { IdempotencyStore } from './idempotency-store.js';
import type { RateLimiter } from './rate-limiter.js';
import type { KeyRecord, Store } from './store.js';
import type { UsageTracker } from './usage-tracker.js';

/** The options of `createRunletBackend`, with their defaults applied. */
export interface BackendSettings {
  tiers: Record<Tier, TierLimits>;
  rateLimits: boolean;
  trustForwardedFor: boolean;
  validateResponses: boolean;
  seedAgents: boolean;
  runDurationMs: number;
  maxLoggedRequests: number;
}

/** Everything one backend holds; `reset()` empties all of it but the settings and persistent keys. */
export interface BackendState {
  settings: BackendSettings;
  store: Store;
  clock: ResettableClock;
  limiter: RateLimiter;
  usage: UsageTracker;
  idempotency: IdempotencyStore;
  faults: FaultQueue;
  log: LoggedRequest[];
  latencyMs: number;
  /** Snapshots of the keys seeded with `persistent: true`, restored by `reset()`. */
  persistentKeys: KeyRecord[];
}

/** The rate-limit bucket of a key (client tokens count against the key that minted them). */
export function keyRateSubject(keyId: string): string {
  return `key:${keyId}`;
}

/** The rate-limit bucket of requests that identify no key, per client address. */
export function anonymousRateSubject(clientIp: string | null): string {
  return `ip:${clientIp ?? 'unknown'}`;
}
