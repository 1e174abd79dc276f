import { isAbsolute } from 'node:path';
import { configFilePath, DEFAULT_BASE_URL, readConfigFile } from '@runlet/node';
import { envValue } from '../env-value.js';
import type { GlobalOptions } from '../options/global-options.js';

/** Where a setting's value comes from. */
export type SettingSource = 'option' | 'env' | 'config' | 'default' | 'unset';

/** One setting: its value, the kind of place it comes from, and that place (`--api-key`, `RUNLET_API_KEY`, …). */
export interface Setting {
  value: string | null;
  source: SettingSource;
  from: string | null;
}

/** The settings the next command would use, each with its origin: what `runlet config show` prints. */
export interface ConfigDescription {
  profile: Setting;
  configFile: Setting & { exists: boolean };
  apiKey: Setting;
  baseURL: Setting;
  signingSecret: Setting;
}

/**
 * Resolves the settings in the SDK's order (explicit option → environment → config-file profile) and
 * says where each comes from. As in the SDK, the profile is used as one set, only when the key itself
 * comes from it. Values are returned as they are: the caller redacts them.
 */
export async function describeConfig(
  options: Pick<GlobalOptions, 'profile' | 'apiKey' | 'baseURL'>,
  env: Record<string, string | undefined>,
): Promise<ConfigDescription> {
  const profileName = options.profile ?? envValue(env, 'RUNLET_PROFILE') ?? 'default';
  const profile: Setting =
    options.profile !== undefined
      ? { value: profileName, source: 'option', from: '--profile' }
      : envValue(env, 'RUNLET_PROFILE') !== undefined
        ? { value: profileName, source: 'env', from: 'RUNLET_PROFILE' }
        : { value: profileName, source: 'default', from: null };

  const path = configFilePath(env);
  // The same tests as configFilePath: a non-empty RUNLET_CONFIG_FILE, else an absolute XDG_CONFIG_HOME.
  const pathFrom = env.RUNLET_CONFIG_FILE
    ? 'RUNLET_CONFIG_FILE'
    : env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME)
      ? 'XDG_CONFIG_HOME'
      : null;
  const config = await readConfigFile(path);
  const configFile = { value: path, source: pathFrom ? 'env' : 'default', from: pathFrom, exists: !!config } as const;

  const saved = config && Object.hasOwn(config.profiles, profileName) ? config.profiles[profileName] : undefined;
  const inProfile = `profile "${profileName}" of ${path}`;
  const keyOutsideFile = options.apiKey !== undefined || envValue(env, 'RUNLET_API_KEY') !== undefined;
  const fromFile = keyOutsideFile ? undefined : saved;

  const pick = (option: string | undefined, flag: string, variable: string, saved: string | undefined): Setting => {
    if (option !== undefined) return { value: option, source: 'option', from: flag };
    const fromEnv = envValue(env, variable);
    if (fromEnv !== undefined) return { value: fromEnv, source: 'env', from: variable };
    if (saved !== undefined) return { value: saved, source: 'config', from: inProfile };
    return { value: null, source: 'unset', from: null };
  };

  const baseURL = pick(options.baseURL, '--base-url', 'RUNLET_BASE_URL', fromFile?.baseUrl);
  return {
    profile,
    configFile,
    apiKey: pick(options.apiKey, '--api-key', 'RUNLET_API_KEY', fromFile?.apiKey),
    baseURL: baseURL.source === 'unset' ? { value: DEFAULT_BASE_URL, source: 'default', from: null } : baseURL,
    signingSecret: pick(undefined, '', 'RUNLET_SIGNING_SECRET', fromFile?.signingSecret),
  };
}
