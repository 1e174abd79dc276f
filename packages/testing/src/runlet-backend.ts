import type { ApiOperationId, ErrorCode, Profile, Schemas, Scope } from '@runlet/types';

/** A key's rate-limit tier: `free` or `pro`. */
export type Tier = Schemas['Tier'];
/** A key's environment: `live` or `test`. */
export type Environment = Schemas['Environment'];
/** A key's type: `personal`, `service` or `temporary`. */
export type KeyType = Schemas['KeyType'];

/** The limits of one rate-limit tier. */
export interface TierLimits {
  /** Requests allowed per clock hour (UTC-aligned window). */
  limit: number;
  /** Requests allowed in any one second (sliding window). */
  burst: number;
}

/** Options of `createRunletBackend`: its clock, rate-limit tiers, seeded agents, response checks and request log. */
export interface RunletBackendOptions {
  /**
   * Where the backend clock starts, in ms since the epoch. The clock then runs with real time
   * unless `freezeClock` is set.
   * @default Date.now()
   */
  now?: number;
  /** Only move the clock through `clock.advance()` and `clock.set()`. @default false */
  freezeClock?: boolean;
  /** Override the tier limits. @default { free: { limit: 100, burst: 10 }, pro: { limit: 1000, burst: 100 } } */
  tiers?: Partial<Record<Tier, TierLimits>>;
  /** Answer `429 RATE_LIMITED` when a limit is hit. When false, requests are still counted and reported in headers. @default true */
  rateLimits?: boolean;
  /** Take the client address from the first `X-Forwarded-For` entry when there is one. @default false */
  trustForwardedFor?: boolean;
  /** Check every response against the generated zod schema of its operation and status; a mismatch rejects `handle()`. @default false */
  validateResponses?: boolean;
  /** Seed the default agents (`triage`, `summarizer`, `echo`). @default true */
  seedAgents?: boolean;
  /** Backend-clock time an agent run takes before it succeeds; 0 finishes runs at once. @default 0 */
  runDurationMs?: number;
  /** How many requests `requests` keeps; older ones are dropped, so a long-running server stays small. @default 10000 */
  maxLoggedRequests?: number;
}

/** What `handle()` knows about the connection a request came from. */
export interface HandleContext {
  /** The peer address of the connection. Without it, keys with an IP allowlist refuse the request. */
  clientIp?: string;
  /** The request target exactly as received (`/v1/keys?limit=20`), used to verify signatures. @default the URL's path and query */
  target?: string;
  /** A path prefix to strip before routing, when the API is mounted below the origin (`/api`). @default '' */
  basePath?: string;
}

/** A key to seed with `backend.seedKey`; every field has a default. */
export interface SeedKeyInput {
  /** @default 'test-admin' */
  name?: string;
  /** Explicit scopes; give these or `profile`. @default ['*'] */
  scopes?: Scope[];
  profile?: Profile;
  /** @default the secret's environment, else 'test' */
  environment?: Environment;
  /** @default 'pro' */
  tier?: Tier;
  /** @default 'service' */
  type?: KeyType;
  /** @default false */
  requireSignature?: boolean;
  /** IPs and CIDRs; empty allows every address. @default [] */
  allowedIps?: string[];
  /** Restrict the key to one agent. */
  agentId?: string;
  /** RFC 3339 time at which the key expires. */
  expiresAt?: string;
  /** Use this secret (`rl_test_…` or `rl_live_…`, a well-formed token) instead of a random one. */
  secret?: string;
  /** Use this signing secret (`rl_sig_…`) instead of a random one. */
  signingSecret?: string;
  /** Keep the key across `reset()`, with the same id and secrets and fresh usage. @default false */
  persistent?: boolean;
}

/** A seeded key: its API object and its secrets, which a client can use at once. */
export interface SeededKey {
  key: Schemas['ApiKey'];
  secret: string;
  signingSecret: string;
}

/** An agent to seed with `backend.seedAgent`; every field has a default. */
export type SeedAgentInput = Partial<Omit<Schemas['Agent'], 'object'>>;
/** A sandbox to seed; its `status` is one the backend knows (responses may carry others, seeds may not). */
export type SeedSandboxInput = Partial<
  Omit<Schemas['Sandbox'], 'object' | 'status'> & { status: Schemas['SandboxStatus'] }
>;

/** The backend clock, in ms since the epoch. */
export interface BackendClock {
  now(): number;
  advance(ms: number): void;
  set(ms: number): void;
}

/**
 * - `error`: a JSON error envelope (the default);
 * - `html`: an HTML error page, as a proxy would send (default status 502);
 * - `empty`: the status with an empty body;
 * - `reset`: the connection is dropped without a response;
 * - `drop`: a `text/event-stream` answer is cut after `after` events, as a dropped connection (over msw the
 *   body errors, over `runlet-mock` the socket is destroyed). It waits for the next matching stream; other
 *   requests pass it by.
 */
export type FaultKind = 'error' | 'html' | 'empty' | 'reset' | 'drop';

/** A fault for `backend.failNext`: what to answer instead (an error, HTML, an empty body, a reset, a cut stream), to which requests, how often. */
export interface Fault {
  /** @default the status of `code`, else 500 (502 for `html`) */
  status?: number;
  /** @default the code of `status` (INTERNAL_ERROR when there is none) */
  code?: ErrorCode;
  /** How many matching requests fail. @default 1 */
  times?: number;
  /** Only requests with this method (any case). */
  method?: string;
  /** Only requests whose path is this string (with or without the query), or whose path and query match this RegExp. */
  path?: string | RegExp;
  /** @default 'error' */
  kind?: FaultKind;
  /** Seconds for `Retry-After` and `error.retryAfter`. @default 1 with status 429 or code RATE_LIMITED, else none */
  retryAfter?: number;
  /** The error message of an `error` fault. */
  message?: string;
  /** How many events a `drop` fault lets through before it cuts the stream. @default 0 */
  after?: number;
  /**
   * `before`: the request fails without being processed. `after`: it is processed (state changes,
   * idempotency recorded) and then its response is replaced, as when a connection drops after the work.
   * @default 'before'
   */
  when?: 'before' | 'after';
}

/** One request the backend answered, for assertions. */
export interface LoggedRequest {
  requestId: string;
  method: string;
  /** Path and query as received: `/v1/keys?limit=20`. */
  path: string;
  url: string;
  /** Request headers, names in lower case. */
  headers: Record<string, string>;
  /** The request body as text ('' when none). */
  body: string;
  /**
   * The body parsed as JSON (whatever the `Content-Type`); `undefined` when there is no body or it is not JSON.
   * @example expect(backend.requests.at(-1)).toMatchObject({ json: { name: 'ci' } })
   */
  json?: unknown;
  /** The response status; 0 when the connection was reset or the client gave up. */
  status: number;
  /** The response body as text. */
  responseBody: string;
  /** Response headers, names in lower case ({} for a connection reset). */
  responseHeaders: Record<string, string>;
  /** The key that sent it (the minting key for a client token), when it could be identified. */
  keyId: string | null;
  /** The client token that sent it, if any (`ct_…`). */
  tokenId: string | null;
  operationId: ApiOperationId | null;
  clientIp: string | null;
  /** Backend-clock time of arrival, ms since the epoch. */
  time: number;
}

/** The reference backend: the whole API's state and rules, with seeding, faults, latency, a clock and a request log. */
export interface RunletBackend {
  /** Answers one request of the Runlet API. */
  handle(request: Request, context?: HandleContext): Promise<Response>;
  /** Creates a key directly; the default is an admin-like test key (`['*']`, tier `pro`). */
  seedKey(input?: SeedKeyInput): Promise<SeededKey>;
  seedAgent(input?: SeedAgentInput): Schemas['Agent'];
  seedSandbox(input?: SeedSandboxInput): Schemas['Sandbox'];
  readonly clock: BackendClock;
  /** Makes the next matching request(s) fail. Faults queue up; the first one that matches is used. */
  failNext(fault?: Fault): void;
  /** Delays every response by this many real milliseconds (0 turns it off). */
  setLatency(ms: number): void;
  /** Every request answered since creation or the last `reset()`, oldest first. */
  readonly requests: readonly LoggedRequest[];
  /** Back to a fresh state: no keys but persistent ones, default agents, no faults or latency, clock back to its start. */
  reset(): void;
}
