// Application code under test: it takes a Runlet client, as code that is easy to test does.
import { type Runlet, RunletError } from '@runlet/node';

/** What a job printed, once its sandbox is gone. */
export interface JobResult {
  sandboxId: string;
  output: string;
}

/** Runs `command` in a fresh sandbox, deletes the sandbox whatever happens, and fails on a non-zero exit. */
export async function runJob(runlet: Runlet, command: string): Promise<JobResult> {
  const sandbox = await runlet.sandboxes.create({ image: 'runlet/python:3.12', metadata: { job: 'run-job' } });
  try {
    const result = await runlet.sandboxes.exec(sandbox.id, { command });
    if (result.exitCode !== 0) {
      throw new RunletError(`The job failed with exit ${result.exitCode}: ${result.stderr.trim()}`);
    }
    return { sandboxId: sandbox.id, output: result.stdout.trim() };
  } finally {
    await runlet.sandboxes.delete(sandbox.id);
  }
}
