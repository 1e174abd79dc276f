import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createToken } from '@runlet/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfigFile, writeConfigProfile } from '../src/index.js';
import { useTempDir } from './temp-dir.js';

// The umask is process-wide, so this file has its own worker.
const dir = useTempDir();
let previous = 0;
beforeAll(() => {
  previous = process.umask(0o277);
});
afterAll(() => {
  process.umask(previous);
});

describe.runIf(process.platform !== 'win32')('writeConfigProfile under a restrictive umask', () => {
  it('still leaves the file with mode 0600, so that it can be rewritten', async () => {
    const path = join(dir.path, 'config.json');
    const apiKey = createToken('rl_live_');
    await writeConfigProfile(path, 'default', { apiKey });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    await expect(readConfigFile(path)).resolves.toEqual({ profiles: { default: { apiKey } } });
  });
});
