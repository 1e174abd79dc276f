import type { Schemas } from '@runlet/types';
import { numberEvents, type StreamEvent } from './stream-event.js';

interface ExecOutcome {
  stdout: string;
  stderr: string;
  exitCode: number;
  durationMs: number;
}

/**
 * A command's events, due on the backend clock from `start`: its stdout lines, then its stderr lines (chunks),
 * spread over its duration, then `exit` when it ends.
 */
export function execEvents(outcome: ExecOutcome, start: number): StreamEvent[] {
  const chunks: (Schemas['ExecStdoutEvent'] | Schemas['ExecStderrEvent'])[] = [
    ...lines(outcome.stdout).map((data) => ({ type: 'stdout' as const, data })),
    ...lines(outcome.stderr).map((data) => ({ type: 'stderr' as const, data })),
  ];
  const { durationMs } = outcome;
  const events = chunks.map((data, i) => ({
    data,
    at: start + Math.floor((durationMs * (i + 1)) / (chunks.length + 1)),
  }));
  const exit: Schemas['ExecExitEvent'] = { type: 'exit', exitCode: outcome.exitCode, durationMs };
  return numberEvents([...events, { data: exit, at: start + durationMs }]);
}

function lines(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}
