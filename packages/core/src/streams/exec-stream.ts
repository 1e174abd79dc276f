import type { ExecEvent } from '@runlet/types';
import { EventStream } from './event-stream.js';

/** What a streamed command printed and how it ended. */
export interface ExecStreamResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The output of a command as it runs (`sandboxes.exec(…, { stream: true })`), with a helper for its result. */
export class ExecStream extends EventStream<ExecEvent> {
  /** The whole output and exit code, reading the stream to its end unless a loop already did. */
  result(): Promise<ExecStreamResult> {
    return this.outcome('result');
  }
}
