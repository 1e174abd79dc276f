import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigFileError, Runlet, readConfigFile, writeConfigProfile } from '../src/index.js';
import { useTempDir } from './temp-dir.js';

const dir = useTempDir();

/** Makes a FIFO with the system's mkfifo (node:fs cannot); `undefined` where there is none. */
function makeFifo(path: string): string | undefined {
  try {
    execFileSync('mkfifo', ['-m', '600', path], { stdio: 'ignore' });
    return path;
  } catch {
    return undefined;
  }
}

const fifos: string[] = [];
afterEach(() => {
  // Releases a reader that is stuck opening the FIFO, so a failing run ends instead of hanging the worker.
  for (const path of fifos.splice(0)) {
    try {
      closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {}
  }
});

function mkfifoWorks(): boolean {
  const probe = mkdtempSync(join(tmpdir(), 'runlet-fifo-probe-'));
  try {
    return makeFifo(join(probe, 'fifo')) !== undefined;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const hasMkfifo = mkfifoWorks();
if (!hasMkfifo) console.warn('SKIPPED: config-file-fifo.test.ts needs mkfifo, which this system does not have.');

/** Settles `promise`, or says it hung: a FIFO opened for reading blocks until a writer comes. */
function settle<T>(promise: Promise<T>, ms = 3000): Promise<T | 'hung'> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => {
    timer = setTimeout(() => resolve('hung'), ms);
  });
  return Promise.race([promise, hung]).finally(() => clearTimeout(timer));
}

describe.skipIf(!hasMkfifo)('a FIFO as the config file', () => {
  const fifo = () => {
    const path = makeFifo(join(dir.path, 'config.json'));
    if (!path) throw new Error('mkfifo failed');
    fifos.push(path);
    return path;
  };

  it('fails new Runlet().me() with a ConfigFileError naming the path and what it is, instead of hanging', async () => {
    const path = fifo();
    const runlet = new Runlet({ env: { RUNLET_CONFIG_FILE: path } });
    const outcome = await settle(
      runlet.me().then(
        () => 'resolved',
        (error: unknown) => error,
      ),
    );
    expect(outcome).toBeInstanceOf(ConfigFileError);
    expect(outcome).toMatchObject({ path });
    expect((outcome as Error).message).toBe(
      `The Runlet config file ${path} is a FIFO (named pipe), not a regular file, so it is not read: put a JSON file there, or set RUNLET_CONFIG_FILE to one.`,
    );
  });

  it('refuses it in readConfigFile and writeConfigProfile too', async () => {
    const path = fifo();
    expect(await settle(readConfigFile(path).catch((error: unknown) => error))).toBeInstanceOf(ConfigFileError);
    const written = await settle(writeConfigProfile(path, 'default', {}).catch((error: unknown) => error));
    expect(written).toBeInstanceOf(ConfigFileError);
    expect((written as Error).message).toContain('is a FIFO (named pipe)');
  });
});
