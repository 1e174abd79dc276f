// Short versions of `npm run stress` (scripts/stress/): the same runners with small counts, so that a change that
// breaks them, or an SDK change that brings back an untyped error, a duplicate or a crash, fails `npm test`.
import { describe, expect, it } from 'vitest';
import { runFaultRun } from '../scripts/stress/fault-run.ts';
import { runFuzzers } from '../scripts/stress/fuzz.ts';
import { runMemoryRun } from '../scripts/stress/memory-run.ts';

describe('stress smoke', () => {
  it('300 calls through a proxy failing 20 % of requests: no untyped error, duplicate or lost mutation', async () => {
    const report = await runFaultRun({ calls: 300, concurrency: 16, seed: 1, maxMs: 15_000 });
    expect(report.untypedSamples).toEqual([]);
    expect(report.findings).toEqual([]);
    expect({
      untyped: report.untyped,
      duplicated: report.duplicatedCreates,
      lost: report.lostMutations,
      unhandled: report.unhandledRejections,
    }).toEqual({ untyped: 0, duplicated: 0, lost: 0, unhandled: 0 });
    expect(report.calls).toBe(300);
    expect(Object.values(report.faults).reduce((sum, count) => sum + count, 0)).toBeGreaterThan(20);
    expect(report.retries).toBeGreaterThan(0);
  }, 30_000);

  it('1 200 calls leave the heap about flat', async () => {
    // The server shares this process here (its state grows a little with each sandbox) and calls are slower under
    // vitest (~5 ms each): few calls, a loose bound.
    const report = await runMemoryRun({
      calls: 1_200,
      sampleEvery: 200,
      server: 'in-process',
      flatBytes: 6 * 1024 * 1024,
    });
    expect(report.failed).toBe(0);
    expect(report.samples).toHaveLength(7);
    expect(report.secondHalfGrowth).toBeLessThan(report.flatBytes);
  }, 30_000);

  it('1 000 fuzzed inputs to each parser: no crash, hang or broken invariant', async () => {
    const report = await runFuzzers({ runs: 1_000, seed: 1 });
    const failures = report.results.flatMap((result) => result.samples.map((sample) => `${result.name}: ${sample}`));
    expect(failures).toEqual([]);
    expect(report.unhandledRejections).toBe(0);
    for (const result of report.results) {
      expect(result, result.name).toMatchObject({ inputs: 1_000, crashes: 0, hangs: 0, violations: 0 });
    }
  }, 30_000);
});
