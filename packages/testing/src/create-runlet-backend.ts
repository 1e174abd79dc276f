import type { BackendSettings, BackendState } from './backend/backend-state.js';
import { createClock } from './backend/clock.js';
import { createFaultQueue } from './backend/fault-queue.js';
import { handleRequest } from './backend/handle-request.js';
import { createIdempotencyStore } from './backend/idempotency-store.js';
import { createRateLimiter } from './backend/rate-limiter.js';
import { seedAgent, seedFreshState, seedKey, seedSandbox } from './backend/seed.js';
import { createStore } from './backend/store.js';
import { createUsageTracker } from './backend/usage-tracker.js';
import type { RunletBackend, RunletBackendOptions, Tier, TierLimits } from './runlet-backend.js';

/** The tier limits of the platform. */
export const DEFAULT_TIERS: Readonly<Record<Tier, TierLimits>> = {
  free: { limit: 100, burst: 10 },
  pro: { limit: 1000, burst: 100 },
};

/**
 * A stateful in-memory Runlet API with the platform's rules, for tests and demos. Runs anywhere
 * (web-standard APIs only); serve it with `createRunletHandlers` (msw) or `startRunletMockServer` (HTTP).
 */
export function createRunletBackend(options: RunletBackendOptions = {}): RunletBackend {
  const settings: BackendSettings = {
    tiers: { free: tierLimits(options, 'free'), pro: tierLimits(options, 'pro') },
    rateLimits: options.rateLimits ?? true,
    trustForwardedFor: options.trustForwardedFor ?? false,
    validateResponses: options.validateResponses ?? false,
    seedAgents: options.seedAgents ?? true,
    runDurationMs: options.runDurationMs ?? 0,
    maxLoggedRequests: options.maxLoggedRequests ?? 10_000,
  };
  const state: BackendState = {
    settings,
    store: createStore(),
    clock: createClock(options.now, options.freezeClock ?? false),
    limiter: createRateLimiter(),
    usage: createUsageTracker(),
    idempotency: createIdempotencyStore(),
    faults: createFaultQueue(),
    log: [],
    latencyMs: 0,
    persistentKeys: [],
  };
  seedFreshState(state);
  const { clock } = state;

  return {
    handle: (request, context = {}) => handleRequest(state, request, context),
    seedKey: (input) => seedKey(state, input),
    seedAgent: (input) => seedAgent(state, input),
    seedSandbox: (input) => seedSandbox(state, input),
    clock: { now: () => clock.now(), advance: (ms) => clock.advance(ms), set: (ms) => clock.set(ms) },
    failNext: (fault = {}) => state.faults.add(fault),
    setLatency(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new TypeError(`setLatency: ms must be 0 or more, not ${ms}.`);
      state.latencyMs = ms;
    },
    get requests() {
      return [...state.log];
    },
    reset() {
      state.store = createStore();
      clock.restart();
      state.limiter.clear();
      state.usage.clear();
      state.idempotency.clear();
      state.faults.clear();
      state.log = [];
      state.latencyMs = 0;
      seedFreshState(state);
    },
  };
}

function tierLimits(options: RunletBackendOptions, tier: Tier): TierLimits {
  const limits = { ...DEFAULT_TIERS[tier], ...options.tiers?.[tier] };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 1) {
      throw new TypeError(`createRunletBackend: tiers.${tier}.${name} must be a whole number of at least 1.`);
    }
  }
  return limits;
}
