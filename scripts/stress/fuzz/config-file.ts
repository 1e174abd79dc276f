// `readConfigFile` (@runlet/node) over files of random bytes, JSON, near-configs and wrong modes, plus a FIFO and a
// directory: it returns a config (or `undefined`) or throws `ConfigFileError`, whose message never holds a key
// from the file; a file readable by group or others is always refused.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRunletError, readConfigFile } from '@runlet/node';
import fc from 'fast-check';
import { jsonText, tokenLike, validToken } from './arbitraries.ts';
import type { FuzzTarget } from './harness.ts';

type Input =
  | { kind: 'file'; content: string | Uint8Array; mode: number; secret: string | undefined }
  | { kind: 'fifo' | 'directory' | 'missing' };

const profile = fc.record(
  { apiKey: fc.oneof(tokenLike, fc.anything()), baseUrl: fc.oneof(fc.webUrl(), fc.string()), signingSecret: tokenLike },
  { requiredKeys: [] },
);
const config = fc
  .tuple(
    fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(profile, fc.anything()), { maxKeys: 3 }),
    validToken(['rl_live_']),
  )
  .map(([profiles, secret]) => ({
    text: JSON.stringify({ profiles: { ...profiles, leak: { apiKey: secret } } }),
    secret,
  }));

let dir = '';
const file = () => join(dir, 'config.json');

export const configFileTarget: FuzzTarget<Input> = {
  name: 'config files (readConfigFile)',
  arbitrary: fc.oneof(
    {
      weight: 40,
      arbitrary: fc
        .tuple(
          fc.oneof(
            fc.uint8Array({ maxLength: 300 }).map((content) => ({ content, secret: undefined })),
            jsonText.map((content) => ({ content, secret: undefined })),
            config.map(({ text, secret }) => ({ content: text, secret })),
            fc
              .tuple(config, fc.nat())
              .map(([{ text, secret }, cut]) => ({ content: text.slice(0, cut % text.length), secret })),
          ),
          fc.constantFrom(0o600, 0o600, 0o600, 0o400, 0o640, 0o644, 0o606),
        )
        .map(([{ content, secret }, mode]): Input => ({ kind: 'file', content, mode, secret })),
    },
    { weight: 1, arbitrary: fc.constantFrom<Input>({ kind: 'fifo' }, { kind: 'directory' }, { kind: 'missing' }) },
  ),
  setup() {
    dir = mkdtempSync(join(tmpdir(), 'runlet-fuzz-'));
    mkdirSync(join(dir, 'directory'));
    execFileSync('mkfifo', [join(dir, 'fifo')]);
  },
  teardown() {
    rmSync(dir, { recursive: true, force: true });
  },
  async run(input) {
    if (input.kind !== 'file') {
      const result = await readConfigFile(join(dir, input.kind));
      return input.kind === 'missing' && result === undefined ? undefined : `a ${input.kind} was read as a config file`;
    }
    rmSync(file(), { force: true });
    writeFileSync(file(), input.content, { mode: 0o600 });
    chmodSync(file(), input.mode);
    try {
      const result = await readConfigFile(file());
      if ((input.mode & 0o077) !== 0) return `a file with mode ${input.mode.toString(8)} was read`;
      if (typeof result !== 'object' || result === null || typeof result.profiles !== 'object')
        return 'readConfigFile returned no `profiles`';
    } catch (error) {
      if (input.secret && isRunletError(error) && error.message.includes(input.secret))
        return 'the ConfigFileError message holds a key from the file';
      throw error;
    }
    return undefined;
  },
  expected: (error) => isRunletError(error) && error.name === 'ConfigFileError',
};
