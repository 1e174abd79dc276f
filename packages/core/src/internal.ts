// `@runlet/core/internal`: what @runlet/node and @runlet/browser share. Not public API: it may change in any release,
// a patch included, without notice. Build on `@runlet/core` instead.
export { assertValidKey } from './auth/assert-valid-key.js';
export { DEFAULTS } from './defaults.js';
export { makeAPIError } from './errors/make-api-error.js';
export { assertBaseURL, isLoopbackHost } from './http/assert-base-url.js';
export { freshHeaders } from './http/fresh-headers.js';
export { createLogger } from './logger.js';
export { parseRateLimit, retryAfterSeconds } from './rate-limit.js';
export { Agents } from './resources/agents.js';
export { Keys } from './resources/keys.js';
export { LazyTransport } from './resources/lazy-transport.js';
export type { ListQuery } from './resources/list-query.js';
export { Runs } from './resources/runs.js';
export { Sandboxes } from './resources/sandboxes.js';
export { Tokens } from './resources/tokens.js';
export type { BackoffOptions } from './retry/retry-policy.js';
export { backoffDelay } from './retry/retry-policy.js';
export { sleep } from './sleep.js';
