export { DEFAULT_AGENTS } from './backend/default-agents.js';
export { createRunletBackend, DEFAULT_TIERS } from './create-runlet-backend.js';
export type { RunletHandlersOptions } from './create-runlet-handlers.js';
export { createRunletHandlers } from './create-runlet-handlers.js';
export type { FindHeaderLeaksOptions } from './find-header-leaks.js';
export { findHeaderLeaks } from './find-header-leaks.js';
export type {
  BackendClock,
  Environment,
  Fault,
  FaultKind,
  HandleContext,
  KeyType,
  LoggedRequest,
  RunletBackend,
  RunletBackendOptions,
  SeedAgentInput,
  SeededKey,
  SeedKeyInput,
  SeedSandboxInput,
  Tier,
  TierLimits,
} from './runlet-backend.js';
