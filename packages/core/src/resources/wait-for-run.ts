import type { Run } from '@runlet/types';
import type { RunletError } from '../errors/runlet-error.js';
import type { backoffDelay } from '../retry/retry-policy.js';
import type { sleep } from '../sleep.js';
import type { Runs, WaitOptions } from './runs.js';

/** The statuses a run ends in. */
const DONE: readonly string[] = ['succeeded', 'failed'];

/**
 * `runs.wait()`: retrieves the run, with backoff between polls (0.5 s doubling to 8 s, cut to what is left of the
 * timeout), until it has ended. Loaded on first use; the eager code it needs comes in `tools`.
 */
export async function waitForRun(
  runs: Pick<Runs, 'retrieve'>,
  runId: string,
  { timeout, signal }: WaitOptions,
  tools: { RunletError: typeof RunletError; backoffDelay: typeof backoffDelay; sleep: typeof sleep },
): Promise<Run> {
  const giveUpAt = timeout === undefined ? undefined : Date.now() + timeout;
  for (let attempt = 0; ; attempt++) {
    const run = await runs.retrieve(runId, signal ? { signal } : {});
    if (DONE.includes(run.status)) return run;
    let delay = tools.backoffDelay(attempt);
    if (giveUpAt !== undefined) {
      const left = giveUpAt - Date.now();
      if (left <= 0) {
        throw new tools.RunletError(`Run ${runId} was still ${run.status} after ${timeout} ms (option \`timeout\`).`);
      }
      delay = Math.min(delay, left);
    }
    await tools.sleep(delay, signal);
  }
}
