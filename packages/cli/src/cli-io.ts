import type { Readable, Writable } from 'node:stream';

/** Where the CLI reads and writes: the process's streams and environment, or fakes in tests. */
export interface CliIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  /** Where `RUNLET_*`, `NO_COLOR` and `HOME` are read. */
  env: Record<string, string | undefined>;
}

/** The streams and environment of this process. */
export function processIO(): CliIO {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** Everything on `stream` until it ends, as UTF-8 text. */
export async function readStdin(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
