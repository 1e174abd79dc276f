import type { Command } from 'commander';
import type { CliIO } from '../cli-io.js';
import { commandContext } from '../command-context.js';
import { RunFailedError } from '../errors.js';
import { addGlobalOptions } from '../options/global-options.js';
import { printRunEvents } from '../output/print-run-events.js';

/** `runlet runs …`: watch agent runs. */
export function addRunsCommand(program: Command, io: CliIO): void {
  const runs = program.command('runs').description('watch agent runs');
  const watch = runs
    .command('watch')
    .description("print a run's events as they happen, until it ends (--json: one JSON object a line)")
    .argument('<runId>', 'the run id (run_…)');
  addGlobalOptions(watch).action(async (runId: string, _own: unknown, self: Command) => {
    const ctx = commandContext(self, io);
    const run = await printRunEvents(ctx, ctx.client().runs.stream(runId));
    if (run?.status === 'failed') throw new RunFailedError(run);
  });
}
