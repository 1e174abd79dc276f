import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { createToken } from '@runlet/types';
import { describe, expect, it } from 'vitest';
import {
  ConfigFileError,
  createSigner,
  readConfigFile,
  resolveCredentials,
  verifySignature,
  writeConfigProfile,
} from '../src/index.js';
import { useTempDir } from './temp-dir.js';

const dir = useTempDir();
const live = createToken('rl_live_');
const sig = createToken('rl_sig_');

async function thrown(action: () => unknown): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to throw');
}

// Everything a log line or error tracker could show: message, stack, inspect (with causes) and JSON.
function visible(error: unknown): string {
  return [String(error), (error as Error).stack, inspect(error, { depth: 10 }), JSON.stringify(error)].join('\n');
}

// The random middle of a token: neither its prefix nor the last four characters that redaction may show.
const middle = (token: string) => token.slice(token.indexOf('_', 3) + 1, -4);

describe('errors never contain a secret', () => {
  const cases: [string, string, (path: string) => unknown][] = [
    ['createSigner with a truncated secret', sig, () => createSigner(sig.slice(0, -1))],
    ['createSigner with an API key', live, () => createSigner(live)],
    [
      'verifySignature with a secret that has a trailing newline',
      sig,
      () =>
        verifySignature({ method: 'GET', path: '/', body: '', timestamp: 1, signature: 'a', secrets: [`${sig}\n`] }),
    ],
    [
      'writeConfigProfile with a mistyped key',
      live,
      (path) =>
        writeConfigProfile(path, 'default', { apiKey: `${live.slice(0, -1)}${live.endsWith('x') ? 'y' : 'x'}` }),
    ],
    [
      'writeConfigProfile with a key where the base URL belongs',
      live,
      (path) => writeConfigProfile(path, 'default', { baseUrl: live }),
    ],
    [
      'resolveCredentials with a key in RUNLET_BASE_URL',
      live,
      (path) =>
        resolveCredentials({
          options: {},
          env: { RUNLET_API_KEY: live, RUNLET_BASE_URL: live, RUNLET_CONFIG_FILE: path },
        }),
    ],
    [
      'readConfigFile of invalid JSON around a key',
      live,
      async (path) => {
        await writeFile(path, `{"profiles":{"default":{"apiKey":${live}}}}`, { mode: 0o600 });
        return readConfigFile(path);
      },
    ],
    [
      'readConfigFile of a wrong shape holding a key',
      live,
      async (path) => {
        await writeFile(path, JSON.stringify({ profiles: { default: { apiKey: [live] } } }), { mode: 0o600 });
        return readConfigFile(path);
      },
    ],
    [
      'readConfigFile of a file readable by others',
      live,
      async (path) => {
        await writeFile(path, JSON.stringify({ profiles: { default: { apiKey: live } } }), { mode: 0o644 });
        return readConfigFile(path);
      },
    ],
  ];

  it.each(cases)('%s', async (_, secret, action) => {
    const error = await thrown(() => action(join(dir.path, 'config.json')));
    expect(error).toBeInstanceOf(Error);
    expect(visible(error)).not.toContain(middle(secret));
  });
});

describe('ConfigFileError', () => {
  it('redacts a token that reaches its message, even by way of a path', () => {
    const error = new ConfigFileError({ path: `/tmp/${live}.json`, message: `Could not read /tmp/${live}.json.` });
    expect(error.message).toBe(`Could not read /tmp/rl_live_…${live.slice(-4)}.json.`);
  });
});
