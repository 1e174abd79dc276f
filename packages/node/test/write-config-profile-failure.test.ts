import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createToken } from '@runlet/types';
import { describe, expect, it, vi } from 'vitest';
import { ConfigFileError, writeConfigProfile } from '../src/index.js';
import { useTempDir } from './temp-dir.js';

// The rename that publishes the new file is mocked so that a test can look at the temporary file, or fail it.
const renames = vi.hoisted(() => ({ seen: [] as { mode: number; text: string }[], fail: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const rename: typeof fs.rename = async (from, to) => {
    renames.seen.push({ mode: (await fs.stat(from)).mode & 0o777, text: await fs.readFile(from, 'utf8') });
    if (renames.fail) throw Object.assign(new Error('EXDEV: simulated'), { code: 'EXDEV' });
    return fs.rename(from, to);
  };
  return { ...fs, rename, default: { ...fs, rename } };
});

const dir = useTempDir();

describe('writeConfigProfile writes atomically', () => {
  it('publishes a complete temporary file that already has mode 0600', async () => {
    renames.seen = [];
    renames.fail = false;
    const path = join(dir.path, 'config.json');
    const apiKey = createToken('rl_live_');
    await writeConfigProfile(path, 'default', { apiKey });
    expect(renames.seen).toHaveLength(1);
    expect(JSON.parse(renames.seen[0]?.text ?? '')).toEqual({ profiles: { default: { apiKey } } });
    if (process.platform !== 'win32') expect(renames.seen[0]?.mode).toBe(0o600);
  });

  it('keeps the old file and removes the temporary file when the rename fails', async () => {
    renames.fail = true;
    const path = join(dir.path, 'config.json');
    await writeFile(path, '{"profiles":{"default":{}}}', { mode: 0o600 });
    const error = await writeConfigProfile(path, 'default', { apiKey: createToken('rl_live_') }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigFileError);
    expect((error as ConfigFileError).message).toBe(`Could not write the Runlet config file ${path} (EXDEV).`);
    expect(await readFile(path, 'utf8')).toBe('{"profiles":{"default":{}}}');
    expect(await readdir(dir.path)).toEqual(['config.json']);
    expect((await stat(path)).isFile()).toBe(true);
  });
});
