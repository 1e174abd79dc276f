// Runs one fuzz target over fast-check inputs and counts, rather than stops at, what goes wrong.
import fc from 'fast-check';

export interface FuzzTarget<T> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  /** Runs one input; returns a sentence when an invariant is broken. A throw is judged by `expected`. */
  run(input: T): string | undefined | Promise<string | undefined>;
  /** Whether an error thrown by `run` is an expected, typed refusal rather than a crash. */
  expected(error: unknown, input: T): boolean;
  setup?(): void | Promise<void>;
  teardown?(): void | Promise<void>;
}

export interface FuzzOptions {
  runs: number;
  seed: number;
  /** Each input must settle within this many ms, or it counts as a hang. @default 1000 */
  limitMs?: number;
}

export interface FuzzResult {
  name: string;
  inputs: number;
  /** Expected typed errors: refusals, not failures. */
  refused: number;
  crashes: number;
  hangs: number;
  /** Broken invariants (a leaked secret, a wrong answer), counted apart from crashes. */
  violations: number;
  slowestMs: number;
  elapsedMs: number;
  /** The first few failures, with their input, to reproduce. */
  samples: string[];
}

export async function runTarget<T>(target: FuzzTarget<T>, options: FuzzOptions): Promise<FuzzResult> {
  const limitMs = options.limitMs ?? 1000;
  const result: FuzzResult = {
    name: target.name,
    inputs: 0,
    refused: 0,
    crashes: 0,
    hangs: 0,
    violations: 0,
    slowestMs: 0,
    elapsedMs: 0,
    samples: [],
  };
  const note = (what: string, input: T, detail: string) => {
    if (result.samples.length < 3) {
      result.samples.push(
        `${what} on input #${result.inputs} ${truncate(fc.stringify(input), 300)}: ${truncate(detail, 600)}`,
      );
    }
  };
  const start = performance.now();
  await target.setup?.();
  try {
    const details = await fc.check(
      fc.asyncProperty(target.arbitrary, async (input) => {
        result.inputs++;
        const began = performance.now();
        let timer: NodeJS.Timeout | undefined;
        let hung = false;
        const hang = new Promise<'hang'>((resolve) => {
          timer = setTimeout(() => resolve('hang'), limitMs);
        });
        try {
          const outcome = await Promise.race([Promise.resolve().then(() => target.run(input)), hang]);
          if (outcome === 'hang') {
            hung = true;
            result.hangs++;
            note('hang', input, `did not settle within ${limitMs} ms`);
          } else if (outcome !== undefined) {
            result.violations++;
            note('violation', input, outcome);
          }
        } catch (error) {
          if (target.expected(error, input)) result.refused++;
          else {
            result.crashes++;
            note('crash', input, error instanceof Error ? (error.stack ?? error.message) : String(error));
          }
        } finally {
          clearTimeout(timer);
          const took = performance.now() - began;
          result.slowestMs = Math.max(result.slowestMs, took);
          // A synchronous run cannot be interrupted: one that took too long is a hang all the same.
          if (took > limitMs && !hung) {
            result.hangs++;
            note('hang', input, `took ${Math.round(took)} ms`);
          }
        }
        return true;
      }),
      { numRuns: options.runs, seed: options.seed },
    );
    if (details.failed) {
      result.crashes++;
      result.samples.push(`the harness failed: ${String(details.errorInstance)}`);
    }
  } finally {
    await target.teardown?.();
  }
  result.elapsedMs = performance.now() - start;
  return result;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
