// The memory run: one signed `Runlet` client makes many calls to the reference server (no faults) and the heap is
// sampled after a full GC every `sampleEvery` calls. `node --expose-gc scripts/stress/memory-run.ts`
// (STRESS_MEMORY_CALLS, STRESS_MEMORY_SAMPLE_EVERY).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Runlet } from '@runlet/node';
import { createRunletBackend } from '@runlet/testing';
import { startRunletMockServer } from '@runlet/testing/server';
import { countFrom } from './random.ts';

/**
 * The second half of the run may grow the heap by less than this. A client that kept anything per call (a
 * Request, a Response, its headers, a closure over them: each a kilobyte or more) would keep ≥ 25 MB over the
 * 25 000 calls of the second half of a 50 000-call run; 2 MB is ~80 bytes a call, well above the noise of a
 * heap measured after a full GC (a few hundred kB of JIT code and pooled buffers).
 */
export const FLAT_HEAP_BYTES = 2 * 1024 * 1024;

export interface MemoryRunOptions {
  calls: number;
  sampleEvery: number;
  /** `child`: the server runs in a child process, so only the client is measured. @default 'child' */
  server?: 'child' | 'in-process';
  /** @default 8 */
  concurrency?: number;
  /** The bound on second-half growth. @default FLAT_HEAP_BYTES */
  flatBytes?: number;
}

export interface MemoryRunReport {
  calls: number;
  failed: number;
  /** `heapUsed` after a full GC, at 0 calls and then every `sampleEvery` calls. */
  samples: { calls: number; heapUsed: number }[];
  /** Growth of the heap between the middle and the end of the run, in bytes. */
  secondHalfGrowth: number;
  /** Least-squares slope over the second half's samples, in bytes per 1 000 calls. */
  slopePer1000: number;
  flatBytes: number;
  flat: boolean;
  server: 'child' | 'in-process';
  elapsedMs: number;
}

export async function runMemoryRun(options: MemoryRunOptions): Promise<MemoryRunReport> {
  const serverMode = options.server ?? 'child';
  const server = serverMode === 'child' ? await childServer() : await inProcessServer();
  const gc = collectGarbage();
  const runlet = new Runlet({
    apiKey: server.adminKey,
    signingSecret: server.signingSecret,
    baseURL: server.url,
    env: {},
    logLevel: 'off',
  });
  const samples: MemoryRunReport['samples'] = [];
  let failed = 0;
  const start = performance.now();
  try {
    const keyId = (await runlet.keys.create({ name: 'memory', scopes: ['sandbox:read'] })).id;
    let done = 0;
    samples.push({ calls: 0, heapUsed: gc() });
    while (done < options.calls) {
      const batch = Math.min(options.sampleEvery, options.calls - done);
      failed += await drive(runlet, keyId, batch, options.concurrency ?? 8, done);
      done += batch;
      samples.push({ calls: done, heapUsed: gc() });
    }
  } finally {
    await server.close();
  }
  const middle = options.calls / 2;
  const secondHalf = samples.filter((sample) => sample.calls >= middle);
  const first = secondHalf[0] ?? { heapUsed: 0 };
  const last = samples.at(-1) ?? { heapUsed: 0 };
  const flatBytes = options.flatBytes ?? FLAT_HEAP_BYTES;
  const secondHalfGrowth = last.heapUsed - first.heapUsed;
  return {
    calls: options.calls,
    failed,
    samples,
    secondHalfGrowth,
    slopePer1000: slope(secondHalf) * 1000,
    flatBytes,
    flat: secondHalfGrowth < flatBytes,
    server: serverMode,
    elapsedMs: performance.now() - start,
  };
}

/** A realistic mix: reads, a sandbox created and deleted, a key updated; returns the number of failed calls. */
async function drive(runlet: Runlet, keyId: string, calls: number, concurrency: number, offset: number) {
  let started = 0;
  let failed = 0;
  const worker = async () => {
    while (started < calls) {
      const n = offset + started++;
      try {
        switch (n % 6) {
          case 0:
            await runlet.me();
            break;
          case 1:
            await runlet.keys.list({ limit: 5 });
            break;
          case 2:
            await runlet.keys.retrieve(keyId);
            break;
          case 3:
            await runlet.keys.update(keyId, { name: `memory-${n % 100}` });
            break;
          case 4: {
            const sandbox = await runlet.sandboxes.create({ metadata: { run: 'memory' } });
            await runlet.sandboxes.retrieve(sandbox.id);
            await runlet.sandboxes.delete(sandbox.id);
            started += 2;
            break;
          }
          default:
            await runlet.sandboxes.list({ limit: 5 });
        }
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failed;
}

interface Server {
  url: string;
  adminKey: string;
  signingSecret: string;
  close(): Promise<void>;
}

async function childServer(): Promise<Server> {
  const child = fork(fileURLToPath(new URL('./mock-server-process.ts', import.meta.url)), { stdio: 'inherit' });
  const info = await new Promise<Omit<Server, 'close'>>((resolve, reject) => {
    child.once('message', (message) => resolve(message as Omit<Server, 'close'>));
    child.once('exit', (code) => reject(new Error(`The mock server process exited with ${code}.`)));
  });
  return {
    ...info,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}

async function inProcessServer(): Promise<Server> {
  const server = await startRunletMockServer({
    backend: createRunletBackend({ rateLimits: false, maxLoggedRequests: 100 }),
  });
  return server;
}

/** `global.gc` (node --expose-gc), or the same function obtained at run time; returns `heapUsed` after it. */
function collectGarbage(): () => number {
  let gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  const collect = gc;
  return () => {
    collect();
    collect();
    return process.memoryUsage().heapUsed;
  };
}

function slope(points: { calls: number; heapUsed: number }[]): number {
  if (points.length < 2) return 0;
  const meanX = points.reduce((sum, p) => sum + p.calls, 0) / points.length;
  const meanY = points.reduce((sum, p) => sum + p.heapUsed, 0) / points.length;
  const num = points.reduce((sum, p) => sum + (p.calls - meanX) * (p.heapUsed - meanY), 0);
  const den = points.reduce((sum, p) => sum + (p.calls - meanX) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

export function printMemoryRun(report: MemoryRunReport): void {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  const lines = [
    `memory run: ${report.calls} calls in ${(report.elapsedMs / 1000).toFixed(1)} s (server ${report.server === 'child' ? 'in a child process' : 'in this process'}), ${report.failed} failed`,
    `  heapUsed after GC: ${report.samples.map((s) => `${s.calls / 1000}k ${mb(s.heapUsed)}`).join(' · ')}`,
    `  second half: ${report.secondHalfGrowth >= 0 ? '+' : ''}${mb(report.secondHalfGrowth)}, slope ${Math.round(report.slopePer1000)} bytes per 1 000 calls`,
    `  flat (second half grows < ${mb(report.flatBytes)}): ${report.flat ? 'yes' : 'NO'}`,
  ];
  console.log(lines.join('\n'));
}

if (import.meta.main) {
  const report = await runMemoryRun({
    calls: countFrom(process.env.STRESS_MEMORY_CALLS, 50_000),
    sampleEvery: countFrom(process.env.STRESS_MEMORY_SAMPLE_EVERY, 5_000),
  });
  printMemoryRun(report);
  process.exitCode = report.flat && report.failed === 0 ? 0 : 1;
}
