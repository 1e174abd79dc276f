import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createToken } from '@runlet/types';
import { describe, expect, it } from 'vitest';
import { ConfigFileError, readConfigFile } from '../src/index.js';
import { useTempDir } from './temp-dir.js';

const dir = useTempDir();
const posix = process.platform !== 'win32';

async function configFile(text: string, mode = 0o600): Promise<string> {
  const path = join(dir.path, 'config.json');
  await writeFile(path, text);
  await chmod(path, mode);
  return path;
}

async function failure(path: string): Promise<ConfigFileError> {
  const error = await readConfigFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigFileError);
  return error as ConfigFileError;
}

describe('readConfigFile', () => {
  it('resolves to undefined when the file does not exist', async () => {
    await expect(readConfigFile(join(dir.path, 'nope', 'config.json'))).resolves.toBeUndefined();
  });

  it('reads the profiles of a file with mode 0600', async () => {
    const apiKey = createToken('rl_test_');
    const path = await configFile(
      JSON.stringify({ profiles: { default: { apiKey, baseUrl: 'http://localhost:4010' } } }),
    );
    await expect(readConfigFile(path)).resolves.toEqual({
      profiles: { default: { apiKey, baseUrl: 'http://localhost:4010' } },
    });
  });

  it('reads an empty file or an object without profiles as no profiles', async () => {
    await expect(readConfigFile(await configFile(''))).resolves.toEqual({ profiles: {} });
    await expect(readConfigFile(await configFile('{}'))).resolves.toEqual({ profiles: {} });
  });

  it.runIf(posix).each([0o644, 0o640, 0o604, 0o660, 0o602])(
    'refuses a file with mode %o and says to chmod 600 it',
    async (mode) => {
      const path = await configFile('{"profiles":{}}', mode);
      const error = await failure(path);
      expect(error.message).toContain(`chmod 600 ${path}`);
      expect(error.message).toContain(`mode ${mode.toString(8)}`);
      expect(error.path).toBe(path);
    },
  );

  it.runIf(posix)('accepts a file readable only by its owner (mode 0400)', async () => {
    await expect(readConfigFile(await configFile('{"profiles":{}}', 0o400))).resolves.toEqual({ profiles: {} });
  });

  it.runIf(posix)('quotes a path with spaces in the chmod command', async () => {
    const spaced = join(dir.path, 'my config.json');
    await writeFile(spaced, '{}');
    await chmod(spaced, 0o644);
    expect((await failure(spaced)).message).toContain(`chmod 600 '${spaced}'`);
  });

  it('names the path and the position of invalid JSON without quoting the file', async () => {
    const secret = createToken('rl_live_');
    const path = await configFile(`{\n  "profiles": {\n    "default": { "apiKey": "${secret}", }\n  }\n}`);
    const error = await failure(path);
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/not valid JSON at line 3, column \d+/);
    expect(error.message).not.toContain(secret.slice(8, -4));
  });

  it('names an unexpected character without quoting what surrounds it', async () => {
    const secret = createToken('rl_live_');
    const error = await failure(await configFile(`{"profiles": {"default": {"apiKey": ${secret}}}}`));
    expect(error.message).toContain('unexpected character "r"');
    expect(error.message).not.toContain(secret.slice(8, -4));
  });

  it.each([
    ['[]', /must hold a JSON object/],
    ['{"profiles": []}', /"profiles" must be an object/],
    ['{"profiles": {"default": "rl_live_x"}}', /profiles\.default must be an object/],
    ['{"profiles": {"work": {"apiKey": 42}}}', /profiles\.work\.apiKey must be a string, not a number/],
    ['{"profiles": {"work": {"signingSecret": null}}}', /profiles\.work\.signingSecret must be a string, not null/],
  ])('explains what is wrong with the shape of %s', async (text, problem) => {
    const path = await configFile(text);
    const error = await failure(path);
    expect(error.message).toMatch(problem);
    expect(error.message).toContain(path);
  });

  it('refuses a directory where the file should be', async () => {
    const path = join(dir.path, 'config.json');
    await mkdir(path);
    expect((await failure(path)).message).toContain('is a directory, not a regular file');
  });
});
