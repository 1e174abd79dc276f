import type { Run, RunEvent } from '@runlet/types';
import { EventStream } from './event-stream.js';

/** The events of a run (`runs.stream()`, `agents.run(…, { stream: true })`), with helpers for its outcome. */
export class RunStream extends EventStream<RunEvent> {
  /** The run as it ended (`succeeded` or `failed`), reading the stream to its end unless a loop already did. */
  finalRun(): Promise<Run> {
    return this.outcome('run');
  }

  /** The run's text output: every `run.output` delta joined, reading the stream to its end unless a loop already did. */
  text(): Promise<string> {
    return this.outcome('text');
  }
}
