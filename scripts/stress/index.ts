// `npm run stress`: the memory run, the fault run and the fuzzers at full size, one after the other, printing
// their figures; exits non-zero when any of them finds a defect. Not part of `npm test`, which runs a short
// version of each (test/stress-smoke.test.ts). Counts and seed come from STRESS_* variables (see the README).
import { faultRunPassed, printFaultRun, runFaultRun } from './fault-run.ts';
import { printMemoryRun, runMemoryRun } from './memory-run.ts';
import { countFrom, seedFrom } from './random.ts';

const seed = seedFrom(process.env.STRESS_SEED);
const started = performance.now();

// The memory run first, and the fuzzers imported last: fast-check's tables (~80 MB at import) would otherwise sit in
// the memory run's baseline.
const memory = await runMemoryRun({
  calls: countFrom(process.env.STRESS_MEMORY_CALLS, 50_000),
  sampleEvery: countFrom(process.env.STRESS_MEMORY_SAMPLE_EVERY, 5_000),
});
printMemoryRun(memory);

const fault = await runFaultRun({
  calls: countFrom(process.env.STRESS_CALLS, 10_000),
  concurrency: countFrom(process.env.STRESS_CONCURRENCY, 16),
  faultRate: Number(process.env.STRESS_FAULT_RATE ?? 0.2),
  seed,
  maxMs: countFrom(process.env.STRESS_MAX_MS, 600_000),
});
printFaultRun(fault);

const { fuzzPassed, printFuzz, runFuzzers } = await import('./fuzz.ts');
const fuzz = await runFuzzers({ runs: countFrom(process.env.STRESS_FUZZ_RUNS, 100_000), seed });
printFuzz(fuzz);

const failures = [
  !faultRunPassed(fault) && 'fault run',
  !(memory.flat && memory.failed === 0) && 'memory run',
  !fuzzPassed(fuzz) && 'fuzzers',
].filter(Boolean);
console.log(
  `\nstress: ${failures.length ? `FAILED (${failures.join(', ')})` : 'passed'} in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
process.exitCode = failures.length ? 1 : 0;
