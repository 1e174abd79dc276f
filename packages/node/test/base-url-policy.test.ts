import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isRunletError } from '@runlet/core';
import { createToken } from '@runlet/types';
import { describe, expect, it } from 'vitest';
import { InvalidBaseURLError, resolveCredentials, writeConfigProfile } from '../src/index.js';
import { useTempDir } from './temp-dir.js';

const dir = useTempDir();
const apiKey = createToken('rl_live_');
const resolveURL = (baseURL: string) =>
  resolveCredentials({ options: { apiKey, baseURL, signingSecret: createToken('rl_sig_') }, env: {} });

describe('base URL policy', () => {
  it.each([
    'https://api.runlet.dev',
    'https://proxy.internal:8443/runlet',
    'http://localhost:4010',
    'http://127.0.0.1:4010',
    'http://127.8.9.10',
    'http://[::1]:4010/',
  ])('accepts %s', async (baseURL) => {
    await expect(resolveURL(baseURL)).resolves.toMatchObject({ baseURL });
  });

  it.each([
    'http://api.runlet.dev',
    'http://192.168.1.10:4010',
    'http://localhost.example.com',
    'http://128.0.0.1',
    'http://[::2]',
  ])('refuses %s because keys would travel in clear text', async (baseURL) => {
    const error = await resolveURL(baseURL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidBaseURLError);
    expect(isRunletError(error)).toBe(true);
    expect((error as Error).message).toMatch(/is not https: API keys must not travel in clear text/);
    expect((error as Error).message).toContain('the `baseURL` option');
  });

  it('refuses other schemes', async () => {
    await expect(resolveURL('ftp://api.runlet.dev')).rejects.toThrow(/must be an https:\/\/ URL/);
  });

  it('refuses a malformed URL and says how to write it', async () => {
    await expect(resolveURL('api.runlet.dev')).rejects.toThrow(
      /"api\.runlet\.dev"\) is not a valid URL; write it in full, like https:\/\/api\.runlet\.dev/,
    );
  });

  it('names RUNLET_BASE_URL when the URL came from the environment', async () => {
    const env = {
      RUNLET_API_KEY: apiKey,
      RUNLET_BASE_URL: 'http://api.runlet.dev',
      RUNLET_CONFIG_FILE: join(dir.path, 'x.json'),
    };
    await expect(resolveCredentials({ options: {}, env })).rejects.toThrow(
      /from the RUNLET_BASE_URL environment variable/,
    );
  });

  it('checks a base URL from the config file too, naming the profile and path', async () => {
    const path = join(dir.path, 'config.json');
    await writeConfigProfile(path, 'default', { apiKey });
    const config = JSON.parse(await readFile(path, 'utf8')) as { profiles: { default: Record<string, string> } };
    config.profiles.default.baseUrl = 'http://api.runlet.dev';
    await writeFile(path, JSON.stringify(config));
    await expect(resolveCredentials({ options: {}, env: { RUNLET_CONFIG_FILE: path } })).rejects.toThrow(
      `from profile "default" of the config file ${path}`,
    );
  });
});
