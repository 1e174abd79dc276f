import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MissingCredentialsError } from '@runlet/core';
import { createToken } from '@runlet/types';
import { describe, expect, it } from 'vitest';
import {
  ConfigFileError,
  findCredentials,
  type RunletConfigProfile,
  resolveCredentials,
  writeConfigProfile,
} from '../src/index.js';
import { useTempDir } from './temp-dir.js';

const dir = useTempDir();
const key = { option: createToken('rl_live_'), env: createToken('rl_live_'), config: createToken('rl_test_') };
const sig = { option: createToken('rl_sig_'), env: createToken('rl_sig_'), config: createToken('rl_sig_') };
const url = { option: 'https://option.example', env: 'https://env.example', config: 'https://config.example' };

async function withConfig(profiles: Record<string, RunletConfigProfile>): Promise<{ RUNLET_CONFIG_FILE: string }> {
  const path = join(dir.path, 'config.json');
  for (const [name, values] of Object.entries(profiles)) await writeConfigProfile(path, name, values);
  return { RUNLET_CONFIG_FILE: path };
}

const allInConfig = { apiKey: key.config, baseUrl: url.config, signingSecret: sig.config };

describe('resolveCredentials precedence', () => {
  it('prefers explicit options to the environment and the config file', async () => {
    const env = {
      ...(await withConfig({ default: allInConfig })),
      RUNLET_API_KEY: key.env,
      RUNLET_BASE_URL: url.env,
      RUNLET_SIGNING_SECRET: sig.env,
    };
    const options = { apiKey: key.option, baseURL: url.option, signingSecret: sig.option };
    await expect(resolveCredentials({ options, env })).resolves.toMatchObject({
      apiKey: key.option,
      baseURL: url.option,
      signingSecret: sig.option,
      source: 'option',
    });
  });

  it('prefers the environment to the config file', async () => {
    const env = {
      ...(await withConfig({ default: allInConfig })),
      RUNLET_API_KEY: key.env,
      RUNLET_SIGNING_SECRET: sig.env,
    };
    await expect(resolveCredentials({ options: {}, env })).resolves.toMatchObject({
      apiKey: key.env,
      baseURL: 'https://api.runlet.dev',
      signingSecret: sig.env,
      source: 'env',
    });
  });

  it('takes everything from the config profile when nothing else is set', async () => {
    const env = await withConfig({ default: allInConfig });
    await expect(resolveCredentials({ options: {}, env })).resolves.toEqual({
      apiKey: key.config,
      baseURL: url.config,
      signingSecret: sig.config,
      source: 'config',
      profile: 'default',
      configPath: env.RUNLET_CONFIG_FILE,
      origins: {
        apiKey: { source: 'config', profile: 'default', configPath: env.RUNLET_CONFIG_FILE },
        baseURL: { source: 'config', profile: 'default', configPath: env.RUNLET_CONFIG_FILE },
        signingSecret: { source: 'config', profile: 'default', configPath: env.RUNLET_CONFIG_FILE },
        profile: { source: 'default' },
        configPath: { source: 'env', variable: 'RUNLET_CONFIG_FILE' },
      },
    });
  });

  it('takes the key from the option and the URL from env, never pairing them with the config profile', async () => {
    const env = { ...(await withConfig({ default: allInConfig })), RUNLET_BASE_URL: url.env };
    const resolved = await resolveCredentials({ options: { apiKey: key.option }, env });
    expect(resolved).toMatchObject({ apiKey: key.option, baseURL: url.env, source: 'option' });
    expect(resolved.signingSecret).toBeUndefined();
  });

  it('passes a key function through untouched, to be called per request', async () => {
    const apiKey = async () => key.option;
    const resolved = await resolveCredentials({
      options: { apiKey },
      env: { RUNLET_CONFIG_FILE: join(dir.path, 'none.json') },
    });
    expect(resolved.apiKey).toBe(apiKey);
  });

  it('defaults the base URL to https://api.runlet.dev and the signing secret to none', async () => {
    const env = { RUNLET_API_KEY: key.env, RUNLET_CONFIG_FILE: join(dir.path, 'none.json') };
    await expect(resolveCredentials({ options: {}, env })).resolves.toMatchObject({
      baseURL: 'https://api.runlet.dev',
      signingSecret: undefined,
    });
  });

  it('treats empty environment variables as unset', async () => {
    const env = { ...(await withConfig({ default: allInConfig })), RUNLET_API_KEY: '', RUNLET_BASE_URL: ' ' };
    await expect(resolveCredentials({ options: {}, env })).resolves.toMatchObject({
      apiKey: key.config,
      baseURL: url.config,
    });
  });

  it('does not read the config file when the options and environment set everything', async () => {
    const path = join(dir.path, 'config.json');
    await writeFile(path, 'not json', { mode: 0o600 });
    const env = {
      RUNLET_CONFIG_FILE: path,
      RUNLET_API_KEY: key.env,
      RUNLET_BASE_URL: url.env,
      RUNLET_SIGNING_SECRET: sig.env,
    };
    await expect(resolveCredentials({ options: {}, env })).resolves.toMatchObject({ apiKey: key.env });
    await expect(resolveCredentials({ options: {}, env: { RUNLET_CONFIG_FILE: path } })).rejects.toThrow(
      ConfigFileError,
    );
  });

  it('refuses an apiKey option that is neither a string nor a function', async () => {
    // @ts-expect-error a number is not a key
    await expect(resolveCredentials({ options: { apiKey: 42 }, env: {} })).rejects.toThrow(/string or a function/);
  });
});

describe('resolveCredentials says where each value comes from', () => {
  it('names the option, the environment variable or the default of each value', async () => {
    const env = { RUNLET_BASE_URL: url.env, RUNLET_PROFILE: 'work', RUNLET_CONFIG_FILE: join(dir.path, 'none.json') };
    const resolved = await resolveCredentials({ options: { apiKey: key.option }, env });
    expect(resolved.origins).toEqual({
      apiKey: { source: 'option', option: 'apiKey' },
      baseURL: { source: 'env', variable: 'RUNLET_BASE_URL' },
      signingSecret: undefined,
      profile: { source: 'env', variable: 'RUNLET_PROFILE' },
      configPath: { source: 'env', variable: 'RUNLET_CONFIG_FILE' },
    });
    const defaults = await resolveCredentials({
      options: { profile: 'ci', signingSecret: sig.option },
      env: { RUNLET_API_KEY: key.env, HOME: dir.path },
    });
    expect(defaults.origins).toMatchObject({
      apiKey: { source: 'env', variable: 'RUNLET_API_KEY' },
      baseURL: { source: 'default' },
      signingSecret: { source: 'option', option: 'signingSecret' },
      profile: { source: 'option', option: 'profile' },
      configPath: { source: 'default' },
    });
  });

  it('names XDG_CONFIG_HOME as the origin of the config path when it decides it', async () => {
    const env = { RUNLET_API_KEY: key.env, XDG_CONFIG_HOME: dir.path };
    const resolved = await resolveCredentials({ options: {}, env });
    expect(resolved.configPath).toBe(join(dir.path, 'runlet', 'config.json'));
    expect(resolved.origins.configPath).toEqual({ source: 'env', variable: 'XDG_CONFIG_HOME' });
  });

  it('resolves from a config given in place of the file, as a tool about to write it asks', async () => {
    const env = { RUNLET_CONFIG_FILE: join(dir.path, 'none.json') };
    const config = { profiles: { default: { apiKey: key.config, baseUrl: url.config } } };
    await expect(resolveCredentials({ options: {}, env, config })).resolves.toMatchObject({
      apiKey: key.config,
      baseURL: url.config,
      source: 'config',
    });
  });
});

describe('findCredentials', () => {
  it('finds no key instead of throwing, with the rest of the settings and their origins', async () => {
    const env = { RUNLET_SIGNING_SECRET: sig.env, RUNLET_CONFIG_FILE: join(dir.path, 'none.json') };
    await expect(findCredentials({ options: {}, env })).resolves.toEqual({
      apiKey: undefined,
      baseURL: { value: 'https://api.runlet.dev', origin: { source: 'default' } },
      signingSecret: { value: sig.env, origin: { source: 'env', variable: 'RUNLET_SIGNING_SECRET' } },
      profile: { value: 'default', origin: { source: 'default' } },
      configPath: { value: env.RUNLET_CONFIG_FILE, origin: { source: 'env', variable: 'RUNLET_CONFIG_FILE' } },
    });
  });

  it('does not check the base URL, which resolveCredentials refuses', async () => {
    const options = { apiKey: key.option, baseURL: 'http://api.runlet.dev' };
    const env = { RUNLET_CONFIG_FILE: join(dir.path, 'none.json') };
    await expect(findCredentials({ options, env })).resolves.toMatchObject({
      baseURL: { value: 'http://api.runlet.dev', origin: { source: 'option', option: 'baseURL' } },
    });
    await expect(resolveCredentials({ options, env })).rejects.toThrow(/`baseURL` option/);
  });
});

describe('resolveCredentials profile selection', () => {
  const profiles = { default: { apiKey: key.config }, work: { apiKey: key.env }, ci: { apiKey: key.option } };

  it('reads the profile named by RUNLET_PROFILE', async () => {
    const env = { ...(await withConfig(profiles)), RUNLET_PROFILE: 'work' };
    await expect(resolveCredentials({ options: {}, env })).resolves.toMatchObject({ apiKey: key.env, profile: 'work' });
  });

  it('prefers the profile option to RUNLET_PROFILE', async () => {
    const env = { ...(await withConfig(profiles)), RUNLET_PROFILE: 'work' };
    await expect(resolveCredentials({ options: { profile: 'ci' }, env })).resolves.toMatchObject({
      apiKey: key.option,
      profile: 'ci',
    });
  });

  it('uses the default profile otherwise', async () => {
    await expect(resolveCredentials({ options: {}, env: await withConfig(profiles) })).resolves.toMatchObject({
      apiKey: key.config,
      profile: 'default',
    });
  });
});

describe('resolveCredentials without a key', () => {
  async function missing(options: { profile?: string }, env: Record<string, string>): Promise<string> {
    const error = await resolveCredentials({ options, env }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingCredentialsError);
    return (error as Error).message;
  }

  it('names the apiKey option, RUNLET_API_KEY, the config path with its profile, and runlet setup', async () => {
    const path = join(dir.path, 'config.json');
    const message = await missing({}, { RUNLET_CONFIG_FILE: path });
    expect(message).toContain('`apiKey` option');
    expect(message).toContain('RUNLET_API_KEY environment variable');
    expect(message).toContain(`profile "default" of the config file ${path}`);
    expect(message).toContain('runlet setup');
    expect(message).toContain('that file does not exist yet');
  });

  it('says which profiles the config file has when the chosen one is missing', async () => {
    const env = { ...(await withConfig({ default: { apiKey: key.config }, work: {} })), RUNLET_PROFILE: 'staging' };
    const message = await missing({}, env);
    expect(message).toContain(`profile "staging" of the config file ${env.RUNLET_CONFIG_FILE}`);
    expect(message).toContain('has no profile "staging" (it has "default", "work"');
  });

  it('says when the chosen profile exists but has no key', async () => {
    const message = await missing({ profile: 'work' }, await withConfig({ work: { baseUrl: url.config } }));
    expect(message).toContain('that profile has no apiKey');
  });
});
