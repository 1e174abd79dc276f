// The bodies the benchmark's server answers: a small object (`GET /v1/me`) and a 100-key list (`GET /v1/keys`).
export const benchKey = (n: number) => ({
  object: 'api_key',
  id: `key_${String(n).padStart(16, '0')}`,
  name: `bench key ${n}`,
  prefix: 'rl_test_',
  lastFour: 'abcd',
  type: 'service',
  environment: 'test',
  scopes: ['sandbox:create', 'sandbox:read', 'sandbox:execute'],
  profile: null,
  status: 'active',
  tier: 'pro',
  createdAt: '2026-01-01T00:00:00Z',
  expiresAt: null,
  lastUsedAt: '2026-01-02T10:00:00Z',
  revokedAt: null,
  allowedIps: ['203.0.113.0/24'],
  agentId: null,
  requireSignature: false,
  rotatedFrom: null,
  graceExpiresAt: null,
});

export const small = JSON.stringify({
  object: 'principal',
  type: 'api_key',
  keyId: 'key_7Hq2Lm9Xz1Pa4Rt6',
  tokenId: null,
  name: 'bench',
  keyType: 'service',
  environment: 'test',
  scopes: ['*'],
  tier: 'pro',
  expiresAt: null,
  subject: null,
});
export const list = JSON.stringify({ data: Array.from({ length: 100 }, (_, i) => benchKey(i)), nextCursor: null });

/** How many events the benchmark's run stream has (`GET /v1/runs/{runId}/events`). */
export const STREAM_EVENTS = Number(process.env.BENCH_STREAM_EVENTS ?? 20_000);

const frame = (id: number, event: { type: string; [field: string]: unknown }) =>
  `id: ${id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
const runId = 'run_bench0000000000';

/** A run's stream: `run.started`, output deltas of a few words each, `run.completed`; `STREAM_EVENTS` events. */
export const streamOfEvents = Buffer.from(
  [
    frame(1, { type: 'run.started', runId, agentId: 'agt_1a2b3c4d5e6f7a8b', createdAt: '2026-01-01T00:00:00Z' }),
    ...Array.from({ length: STREAM_EVENTS - 2 }, (_, i) =>
      frame(i + 2, { type: 'run.output', runId, delta: `word ${i} of the answer ` }),
    ),
    frame(STREAM_EVENTS, {
      type: 'run.completed',
      run: {
        object: 'run',
        id: runId,
        agentId: 'agt_1a2b3c4d5e6f7a8b',
        status: 'succeeded',
        input: 'bench',
        output: '…',
        error: null,
        metadata: {},
        createdAt: '2026-01-01T00:00:00Z',
        completedAt: '2026-01-01T00:00:05Z',
      },
    }),
  ].join(''),
);
