import type { Schemas } from '@runlet/types';
import type { RunRecord } from './store.js';
import { numberEvents, type StreamEvent } from './stream-event.js';
import { toTimestamp } from './times.js';
import { runView } from './views.js';

/**
 * A run's events, due on the backend clock: `run.started` (and, for agents other than echo, one
 * `run.tool_call`) when it starts, the output's words as `run.output` deltas spread over the run, then
 * `run.completed` or `run.failed` when it finishes.
 */
export function runEvents(run: RunRecord, model: string | undefined): StreamEvent[] {
  const { id: runId, createdAt, completesAt } = run;
  const started: Schemas['RunStartedEvent'] = {
    type: 'run.started',
    runId,
    agentId: run.agentId,
    createdAt: toTimestamp(createdAt),
  };
  const events: { data: StreamEvent['data']; at: number }[] = [{ data: started, at: createdAt }];
  if (model !== undefined && model !== 'runlet-echo') {
    const words = run.input.split(/\s+/).filter(Boolean).length;
    const call: Schemas['RunToolCallEvent'] = {
      type: 'run.tool_call',
      runId,
      name: 'read_input',
      arguments: { words },
    };
    events.push({ data: call, at: createdAt });
  }
  const deltas = run.output === null ? [] : run.output.split(/(?<=\s)(?=\S)/);
  deltas.forEach((delta, i) => {
    const at = createdAt + Math.floor(((completesAt - createdAt) * (i + 1)) / (deltas.length + 1));
    const output: Schemas['RunOutputEvent'] = { type: 'run.output', runId, delta };
    events.push({ data: output, at });
  });
  const final = runView(run, completesAt);
  const last: Schemas['RunCompletedEvent'] | Schemas['RunFailedEvent'] =
    run.error === null
      ? { type: 'run.completed', run: final }
      : { type: 'run.failed', run: final, error: { code: 'agent_error', message: run.error } };
  events.push({ data: last, at: completesAt });
  return numberEvents(events);
}
