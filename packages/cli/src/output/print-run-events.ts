import type { Run, RunEvent, RunStream } from '@runlet/node';
import type { CommandContext } from '../command-context.js';

/**
 * Prints a run's events as they arrive and resolves to the run as it ended. With --json, each event is one JSON
 * object on its own line of stdout (JSON Lines); otherwise the output deltas go to stdout as they come, and the
 * start, tool calls and end are notes on stderr, so that `> answer.txt` keeps only the answer.
 */
export async function printRunEvents(ctx: CommandContext, stream: RunStream): Promise<Run | undefined> {
  let run: Run | undefined;
  let midLine = false;
  for await (const event of stream as AsyncIterable<RunEvent | { type: string }>) {
    if (ctx.options.json) ctx.io.stdout.write(`${JSON.stringify(event)}\n`);
    const known = event as RunEvent;
    if (known.type === 'run.completed' || known.type === 'run.failed') run = known.run;
    if (ctx.options.json) continue;
    if (known.type === 'run.output') {
      ctx.io.stdout.write(known.delta);
      midLine = !known.delta.endsWith('\n');
      continue;
    }
    if (midLine) {
      ctx.io.stdout.write('\n');
      midLine = false;
    }
    if (known.type === 'run.started') ctx.note(ctx.err.dim(`run ${known.runId} started`));
    else if (known.type === 'run.tool_call') {
      ctx.note(ctx.err.dim(`→ ${known.name}(${JSON.stringify(known.arguments)})`));
    } else if (known.type === 'run.completed') ctx.note(ctx.err.dim(`run ${known.run.id} ${known.run.status}`));
    else if (known.type === 'run.failed') {
      ctx.note(ctx.err.red(`run ${known.run.id} failed: ${known.error.code}: ${known.error.message}`));
    }
  }
  if (midLine) ctx.io.stdout.write('\n');
  return run;
}
