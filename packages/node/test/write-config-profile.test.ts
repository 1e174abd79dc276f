import { chmod, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidKeyFormatError } from '@runlet/core';
import { createToken } from '@runlet/types';
import { describe, expect, it } from 'vitest';
import { ConfigFileError, readConfigFile, removeConfigProfile, writeConfigProfile } from '../src/index.js';
import { useTempDir } from './temp-dir.js';

const dir = useTempDir();
const posix = process.platform !== 'win32';
const modeOf = async (path: string) => (await stat(path)).mode & 0o777;
const json = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as unknown;

describe('writeConfigProfile', () => {
  it('creates the file and its missing directories, readable by the owner only', async () => {
    const path = join(dir.path, 'a', 'runlet', 'config.json');
    const apiKey = createToken('rl_live_');
    await writeConfigProfile(path, 'default', { apiKey });
    expect(await json(path)).toEqual({ profiles: { default: { apiKey } } });
    if (posix) {
      expect(await modeOf(path)).toBe(0o600);
      expect(await modeOf(join(dir.path, 'a', 'runlet'))).toBe(0o700);
    }
  });

  it('keeps other profiles and the other fields of the profile it changes', async () => {
    const path = join(dir.path, 'config.json');
    const work = { apiKey: createToken('rl_live_'), signingSecret: createToken('rl_sig_') };
    const personal = createToken('rl_test_');
    await writeConfigProfile(path, 'work', work);
    await writeConfigProfile(path, 'default', { apiKey: personal });
    await writeConfigProfile(path, 'work', { baseUrl: 'https://eu.api.runlet.dev' });
    await expect(readConfigFile(path)).resolves.toEqual({
      profiles: { work: { ...work, baseUrl: 'https://eu.api.runlet.dev' }, default: { apiKey: personal } },
    });
  });

  it('keeps fields it does not know about', async () => {
    const path = join(dir.path, 'config.json');
    await writeFile(
      path,
      JSON.stringify({ version: 2, profiles: { default: { apiKey: createToken('rl_live_'), note: 'ci' } } }),
    );
    await writeConfigProfile(path, 'default', { baseUrl: 'https://api.runlet.dev' });
    expect(await json(path)).toMatchObject({ version: 2, profiles: { default: { note: 'ci' } } });
  });

  it.runIf(posix)('leaves the file with mode 0600 even when it had looser permissions', async () => {
    const path = join(dir.path, 'config.json');
    await writeFile(path, '{"profiles":{}}');
    await chmod(path, 0o644);
    await writeConfigProfile(path, 'default', { apiKey: createToken('rl_live_') });
    expect(await modeOf(path)).toBe(0o600);
    await expect(readConfigFile(path)).resolves.toBeDefined();
  });

  it('leaves no temporary file behind', async () => {
    const path = join(dir.path, 'config.json');
    await writeConfigProfile(path, 'default', { apiKey: createToken('rl_live_') });
    await writeConfigProfile(path, 'other', { apiKey: createToken('rl_live_') });
    expect(await readdir(dir.path)).toEqual(['config.json']);
  });

  it('refuses to overwrite a file that is not valid JSON', async () => {
    const path = join(dir.path, 'config.json');
    await writeFile(path, '{"profiles": {');
    await expect(writeConfigProfile(path, 'default', { apiKey: createToken('rl_live_') })).rejects.toThrow(
      ConfigFileError,
    );
    expect(await readFile(path, 'utf8')).toBe('{"profiles": {');
  });

  it('refuses a mistyped key, a non-https base URL and a bad profile name without touching the file', async () => {
    const path = join(dir.path, 'config.json');
    await expect(writeConfigProfile(path, 'default', { apiKey: createToken('rl_live_').slice(0, -2) })).rejects.toThrow(
      InvalidKeyFormatError,
    );
    await expect(writeConfigProfile(path, 'default', { signingSecret: createToken('rl_live_') })).rejects.toThrow(
      /expected rl_sig_/,
    );
    await expect(writeConfigProfile(path, 'default', { baseUrl: 'http://api.example.com' })).rejects.toThrow(
      /not https/,
    );
    await expect(writeConfigProfile(path, '__proto__', {})).rejects.toThrow(/profile name "__proto__" is not valid/);
    expect(await readdir(dir.path)).toEqual([]);
  });

  it.runIf(posix)('writes through a symlinked config file instead of replacing the link', async () => {
    await mkdir(join(dir.path, 'dotfiles'));
    const real = join(dir.path, 'dotfiles', 'runlet.json');
    const link = join(dir.path, 'config.json');
    await writeFile(real, '{"profiles":{}}', { mode: 0o600 });
    await symlink(real, link);
    const apiKey = createToken('rl_live_');
    await writeConfigProfile(link, 'default', { apiKey });
    expect(await json(real)).toEqual({ profiles: { default: { apiKey } } });
    expect((await readdir(dir.path)).sort()).toEqual(['config.json', 'dotfiles']);
  });
});

describe('removeConfigProfile', () => {
  it('removes one profile, keeps the others and says it was there', async () => {
    const path = join(dir.path, 'config.json');
    const keep = createToken('rl_live_');
    await writeConfigProfile(path, 'default', { apiKey: keep });
    await writeConfigProfile(path, 'old', { apiKey: createToken('rl_live_') });
    await expect(removeConfigProfile(path, 'old')).resolves.toBe(true);
    await expect(readConfigFile(path)).resolves.toEqual({ profiles: { default: { apiKey: keep } } });
  });

  it('resolves to false and creates nothing when the profile or file is missing', async () => {
    const path = join(dir.path, 'config.json');
    await expect(removeConfigProfile(path, 'default')).resolves.toBe(false);
    expect(await readdir(dir.path)).toEqual([]);
  });
});
