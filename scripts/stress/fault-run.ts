// The fault run: one `Runlet` client drives a realistic mix of calls through a proxy that injects faults in
// front of the reference server; then the server's state is compared with what the client was told.
// `node scripts/stress/fault-run.ts` (STRESS_CALLS, STRESS_CONCURRENCY, STRESS_SEED, STRESS_FAULT_RATE).
import { isRunletError, Runlet } from '@runlet/node';
import { createRunletBackend } from '@runlet/testing';
import { startRunletMockServer } from '@runlet/testing/server';
import { type FaultKind, startFaultProxy } from './fault-proxy.ts';
import { checkServerState, type Mutation } from './fault-run-check.ts';
import { countFrom, pickWeighted, seededRandom, seedFrom } from './random.ts';

export interface FaultRunOptions {
  calls: number;
  /** Calls in flight at once. @default 16 */
  concurrency?: number;
  /** The share of requests the proxy fails. @default 0.2 */
  faultRate?: number;
  /** The client's per-attempt timeout, in ms; `delay` faults hold requests 500–800 ms. @default 300 */
  timeoutMs?: number;
  /** @default a random seed (printed) */
  seed?: number;
  /** No call starts after this many ms. @default 600000 */
  maxMs?: number;
}

export interface FaultRunReport {
  seed: number;
  calls: number;
  succeeded: number;
  failed: number;
  /** Failures by error class (`name` and status). */
  failedBy: Record<string, number>;
  /** Failures that are not `isRunletError`, with a sample of their stacks. */
  untyped: number;
  untypedSamples: string[];
  unhandledRejections: number;
  duplicatedCreates: number;
  lostMutations: number;
  /** Mutations the client reported as failed but the server applied, by operation. */
  ambiguous: number;
  ambiguousBy: Record<string, number>;
  /** What the state check found wrong, one line each (first 20). */
  findings: string[];
  retries: number;
  requests: number;
  faults: Record<FaultKind, number>;
  elapsedMs: number;
  stoppedEarly: boolean;
}

type Operation =
  | 'keys.create'
  | 'sandboxes.create'
  | 'me'
  | 'keys.list'
  | 'keys.retrieve'
  | 'sandboxes.retrieve'
  | 'keys.update'
  | 'sandboxes.delete';

const MIX: Record<Operation, number> = {
  'keys.create': 10,
  'sandboxes.create': 12,
  me: 12,
  'keys.list': 8,
  'keys.retrieve': 14,
  'sandboxes.retrieve': 14,
  'keys.update': 16,
  'sandboxes.delete': 14,
};

export async function runFaultRun(options: FaultRunOptions): Promise<FaultRunReport> {
  const seed = options.seed ?? seedFrom(undefined);
  const random = seededRandom(seed);
  const timeoutMs = options.timeoutMs ?? 300;
  const backend = createRunletBackend({ rateLimits: false, maxLoggedRequests: options.calls * 10 + 1000 });
  const server = await startRunletMockServer({ backend });
  const proxy = await startFaultProxy({
    upstream: server.url,
    faultRate: options.faultRate ?? 0.2,
    delayMs: [timeoutMs + 200, timeoutMs + 500],
    random,
  });
  let retries = 0;
  let unhandledRejections = 0;
  const onUnhandled = () => unhandledRejections++;
  process.on('unhandledRejection', onUnhandled);
  const runlet = new Runlet({
    apiKey: server.adminKey,
    signingSecret: server.signingSecret,
    baseURL: proxy.url,
    env: {},
    timeout: timeoutMs,
    deadline: 6_000,
    logLevel: 'off',
    onRetry: () => retries++,
  });

  const mutations: Mutation[] = [];
  const failedBy: Record<string, number> = {};
  const untypedSamples: string[] = [];
  let untyped = 0;
  let succeeded = 0;
  let started = 0;
  let nextName = 0;
  const start = performance.now();
  const maxMs = options.maxMs ?? 600_000;
  const expiresBase = Math.floor(Date.now() / 1000) * 1000 + 86_400_000;

  const worker = async () => {
    const keys: string[] = [];
    const sandboxes: string[] = [];
    while (started < options.calls && performance.now() - start < maxMs) {
      started++;
      let operation = pickWeighted(random, MIX);
      if (operation === 'keys.update' || operation === 'keys.retrieve')
        operation = keys.length ? operation : 'keys.create';
      if (operation === 'sandboxes.delete' || operation === 'sandboxes.retrieve')
        operation = sandboxes.length ? operation : 'sandboxes.create';
      const n = nextName++;
      const mutation = record(operation, n);
      try {
        await call(operation, n, mutation);
        succeeded++;
        if (mutation) mutation.ok = true;
      } catch (error) {
        if (isRunletError(error)) {
          const name = `${error.name}${'status' in error ? ` ${error.status}` : ''}`;
          failedBy[name] = (failedBy[name] ?? 0) + 1;
        } else {
          untyped++;
          if (untypedSamples.length < 5)
            untypedSamples.push(`${operation}: ${(error as Error)?.stack ?? String(error)}`);
        }
      }
    }

    function record(operation: Operation, n: number): Mutation | undefined {
      const pick = (list: string[]) => list[Math.floor(random() * list.length)] as string;
      switch (operation) {
        case 'keys.create':
          return push({ kind: 'key.create', name: `stress-key-${n}`, ok: false });
        case 'sandboxes.create':
          return push({ kind: 'sandbox.create', name: `stress-sbx-${n}`, ok: false });
        case 'keys.update':
          return push({ kind: 'key.update', id: pick(keys), expiresAt: expiresBase + n * 1000, ok: false });
        case 'sandboxes.delete': {
          // One delete per sandbox: it leaves the pool whatever the outcome.
          const id = sandboxes.splice(Math.floor(random() * sandboxes.length), 1)[0] as string;
          return push({ kind: 'sandbox.delete', id, ok: false });
        }
        default:
          return undefined;
      }
    }

    async function call(operation: Operation, n: number, mutation: Mutation | undefined): Promise<void> {
      const pick = (list: string[]) => list[Math.floor(random() * list.length)] as string;
      switch (operation) {
        case 'keys.create': {
          const created = await runlet.keys.create({ name: `stress-key-${n}`, scopes: ['sandbox:read'] });
          keys.push(created.id);
          if (mutation) mutation.id = created.id;
          return;
        }
        case 'sandboxes.create': {
          const created = await runlet.sandboxes.create({ metadata: { stress: `stress-sbx-${n}` } });
          sandboxes.push(created.id);
          if (mutation) mutation.id = created.id;
          return;
        }
        case 'me':
          return void (await runlet.me());
        case 'keys.list':
          return void (await runlet.keys.list({ limit: 10 }));
        case 'keys.retrieve':
          return void (await runlet.keys.retrieve(pick(keys)));
        case 'sandboxes.retrieve':
          return void (await runlet.sandboxes.retrieve(pick(sandboxes)));
        case 'keys.update': {
          const update = mutation as Extract<Mutation, { kind: 'key.update' }>;
          return void (await runlet.keys.update(update.id, { expiresAt: new Date(update.expiresAt).toISOString() }));
        }
        case 'sandboxes.delete':
          return void (await runlet.sandboxes.delete((mutation as Extract<Mutation, { kind: 'sandbox.delete' }>).id));
      }
    }

    function push(mutation: Mutation): Mutation {
      mutations.push(mutation);
      return mutation;
    }
  };

  try {
    await Promise.all(Array.from({ length: options.concurrency ?? 16 }, worker));
    const elapsedMs = performance.now() - start;
    await proxy.close();
    const check = await checkServerState(server, mutations);
    return {
      seed,
      calls: started,
      succeeded,
      failed: started - succeeded,
      failedBy,
      untyped,
      untypedSamples,
      unhandledRejections,
      ...check,
      retries,
      requests: proxy.counts.requests,
      faults: Object.fromEntries(
        Object.entries(proxy.counts).filter(([name]) => name !== 'requests' && name !== 'forwarded'),
      ) as Record<FaultKind, number>,
      elapsedMs,
      stoppedEarly: started < options.calls,
    };
  } finally {
    process.off('unhandledRejection', onUnhandled);
    await proxy.close().catch(() => {});
    await server.close();
  }
}

/** Whether the run found no untyped error, duplicate, lost mutation or unhandled rejection. */
export function faultRunPassed(report: FaultRunReport): boolean {
  return (
    report.untyped === 0 &&
    report.duplicatedCreates === 0 &&
    report.lostMutations === 0 &&
    report.unhandledRejections === 0
  );
}

export function printFaultRun(report: FaultRunReport): void {
  const faults = Object.values(report.faults).reduce((sum, count) => sum + count, 0);
  const percent = (count: number, of: number) => `${((100 * count) / Math.max(1, of)).toFixed(1)} %`;
  const lines = [
    `fault run (seed ${report.seed}): ${report.calls} calls in ${(report.elapsedMs / 1000).toFixed(1)} s${report.stoppedEarly ? ' (stopped early: STRESS_MAX_MS)' : ''}`,
    `  requests through the proxy  ${report.requests}, faults injected ${faults} (${percent(faults, report.requests)}): ${formatCounts(report.faults)}`,
    `  retries (onRetry)           ${report.retries}`,
    `  succeeded                   ${report.succeeded} (${percent(report.succeeded, report.calls)})`,
    `  failed                      ${report.failed}${report.failed ? `: ${formatCounts(report.failedBy)}` : ''}`,
    `  untyped errors              ${report.untyped}`,
    `  unhandled rejections        ${report.unhandledRejections}`,
    `  duplicated creates          ${report.duplicatedCreates}`,
    `  lost mutations              ${report.lostMutations}`,
    `  ambiguous outcomes          ${report.ambiguous}${report.ambiguous ? ` (failure reported, change applied: ${formatCounts(report.ambiguousBy)})` : ''}`,
    ...report.untypedSamples.map((sample) => `  untyped: ${sample}`),
    ...report.findings.map((finding) => `  finding: ${finding}`),
  ];
  console.log(lines.join('\n'));
}

export function formatCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');
}

if (import.meta.main) {
  const report = await runFaultRun({
    calls: countFrom(process.env.STRESS_CALLS, 10_000),
    concurrency: countFrom(process.env.STRESS_CONCURRENCY, 16),
    faultRate: Number(process.env.STRESS_FAULT_RATE ?? 0.2),
    seed: seedFrom(process.env.STRESS_SEED),
    maxMs: countFrom(process.env.STRESS_MAX_MS, 600_000),
  });
  printFaultRun(report);
  process.exitCode = faultRunPassed(report) ? 0 : 1;
}
