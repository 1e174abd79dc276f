import type { Writable } from 'node:stream';

/** `value` as indented JSON and a newline: what `--json` prints on stdout. */
export function writeJson(stream: Writable, value: unknown): void {
  stream.write(`${JSON.stringify(value, null, 2)}\n`);
}
