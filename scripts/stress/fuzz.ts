// The fuzzers: ≥ 100 000 fast-check inputs to each parser, counting crashes (an exception that is not the
// parser's typed refusal), hangs (an input that does not settle within 1 s) and broken invariants.
// `node scripts/stress/fuzz.ts` (STRESS_FUZZ_RUNS, STRESS_SEED to repeat a run).
import { configFileTarget } from './fuzz/config-file.ts';
import { errorBodiesTarget } from './fuzz/error-bodies.ts';
import { type FuzzResult, type FuzzTarget, runTarget } from './fuzz/harness.ts';
import { mockServerTarget } from './fuzz/mock-server.ts';
import { signatureTarget } from './fuzz/signature.ts';
import { tokenHandlerTarget } from './fuzz/token-handler.ts';
import { tokensTarget } from './fuzz/tokens.ts';
import { countFrom, seedFrom } from './random.ts';

export const FUZZ_TARGETS: readonly FuzzTarget<never>[] = [
  tokensTarget,
  configFileTarget,
  signatureTarget,
  errorBodiesTarget,
  tokenHandlerTarget,
  mockServerTarget,
] as FuzzTarget<never>[];

export interface FuzzReport {
  seed: number;
  results: FuzzResult[];
  unhandledRejections: number;
}

export async function runFuzzers(options: { runs: number; seed: number; limitMs?: number }): Promise<FuzzReport> {
  let unhandledRejections = 0;
  const onUnhandled = () => unhandledRejections++;
  process.on('unhandledRejection', onUnhandled);
  const results: FuzzResult[] = [];
  try {
    for (const target of FUZZ_TARGETS) results.push(await runTarget(target, options));
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
  return { seed: options.seed, results, unhandledRejections };
}

export function fuzzPassed(report: FuzzReport): boolean {
  return (
    report.unhandledRejections === 0 &&
    report.results.every((result) => result.crashes === 0 && result.hangs === 0 && result.violations === 0)
  );
}

export function printFuzz(report: FuzzReport): void {
  const header = ['parser', 'inputs', 'refused', 'crashes', 'hangs', 'invariant', 'slowest', 'time'];
  const rows = report.results.map((r) => [
    r.name,
    String(r.inputs),
    String(r.refused),
    String(r.crashes),
    String(r.hangs),
    r.violations ? `${r.violations} broken` : 'held',
    `${r.slowestMs.toFixed(1)} ms`,
    `${(r.elapsedMs / 1000).toFixed(1)} s`,
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    `  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')}`;
  console.log(
    [
      `fuzzers (fast-check seed ${report.seed}; repeat with STRESS_SEED=${report.seed}), each input within 1 s:`,
      line(header),
      ...rows.map(line),
      `  unhandled rejections: ${report.unhandledRejections}`,
      ...report.results.flatMap((r) => r.samples.map((sample) => `  ${r.name}: ${sample}`)),
    ].join('\n'),
  );
}

if (import.meta.main) {
  const report = await runFuzzers({
    runs: countFrom(process.env.STRESS_FUZZ_RUNS, 100_000),
    seed: seedFrom(process.env.STRESS_SEED),
  });
  printFuzz(report);
  process.exitCode = fuzzPassed(report) ? 0 : 1;
}
