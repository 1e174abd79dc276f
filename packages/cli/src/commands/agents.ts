import type { Command } from 'commander';
import type { CliIO } from '../cli-io.js';
import { commandContext } from '../command-context.js';
import { RunFailedError } from '../errors.js';
import { addGlobalOptions } from '../options/global-options.js';
import { requireOption } from '../options/require-option.js';
import { formatFields } from '../output/format-fields.js';
import { printRunEvents } from '../output/print-run-events.js';

/** `runlet agents …`: run agents. */
export function addAgentsCommand(program: Command, io: CliIO): void {
  const agents = program.command('agents').description('run agents');
  const run = agents
    .command('run')
    .description('start a run of an agent; with --follow, print its events as they happen until it ends')
    .argument('<agentId>', 'the agent id (agt_…)')
    .option('--input <text>', 'what the agent is asked')
    .option('--follow', "print the run's events as they happen (--json: one JSON object a line)");
  addGlobalOptions(run).action(async (agentId: string, own: { input?: string; follow?: boolean }, self: Command) => {
    const input = requireOption(own.input, '--input', '--input "Summarise this"');
    const ctx = commandContext(self, io);
    const runlet = ctx.client();
    if (!own.follow) {
      const started = await ctx.spin('Starting the run', runlet.agents.run(agentId, { input }));
      ctx.print(started, () =>
        ctx.line(
          formatFields(
            [
              ['run', started.id],
              ['status', started.status],
            ],
            ctx.out,
          ),
        ),
      );
      return;
    }
    const ended = await printRunEvents(ctx, runlet.agents.run(agentId, { input }, { stream: true }));
    if (ended?.status === 'failed') throw new RunFailedError(ended);
  });
}
