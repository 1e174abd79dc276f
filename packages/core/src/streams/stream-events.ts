import type { Run } from '@runlet/types';

/** `run.started`: the run began. */
export interface RunStartedEvent {
  type: 'run.started';
  runId: string;
  agentId: string;
  createdAt: string;
}

/** `run.output`: a piece of the run's text output; `text()` joins them. */
export interface RunOutputEvent {
  type: 'run.output';
  runId: string;
  delta: string;
}

/** `run.tool_call`: the agent called a tool. */
export interface RunToolCallEvent {
  type: 'run.tool_call';
  runId: string;
  name: string;
  arguments: unknown;
}

/** `run.completed`: the run ended well; the last event of its stream. */
export interface RunCompletedEvent {
  type: 'run.completed';
  run: Run;
}

/** `run.failed`: the run ended in failure; the last event of its stream. */
export interface RunFailedEvent {
  type: 'run.failed';
  run: Run;
  error: { code: string; message: string };
}

/**
 * An event of `runs.stream()`, discriminated on `type`. An event type this version does not know yet is passed on
 * as it came (`{ type: string, … }`), so a `switch` on `type` should have a `default`.
 */
export type RunEvent = RunStartedEvent | RunOutputEvent | RunToolCallEvent | RunCompletedEvent | RunFailedEvent;

/** `stdout` / `stderr`: a chunk of the command's output. */
export interface ExecOutputEvent {
  type: 'stdout' | 'stderr';
  data: string;
}

/** `exit`: the command ended; the last event of its stream. */
export interface ExecExitEvent {
  type: 'exit';
  exitCode: number;
  durationMs: number;
}

/** An event of `sandboxes.exec(id, body, { stream: true })`, discriminated on `type`. */
export type ExecEvent = ExecOutputEvent | ExecExitEvent;
