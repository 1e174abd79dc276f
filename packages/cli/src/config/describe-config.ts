import { type CredentialOrigin, findCredentials, readConfigFile, type Sourced } from '@runlet/node';
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

/** The CLI's flag for each option of the SDK it passes on. */
const FLAGS = { apiKey: '--api-key', baseURL: '--base-url', profile: '--profile', signingSecret: null } as const;

/**
 * The settings as the SDK resolves them (its `findCredentials`), each with where it comes from, in the CLI's
 * words. Values are returned as they are: the caller redacts them.
 */
export async function describeConfig(
  options: Pick<GlobalOptions, 'profile' | 'apiKey' | 'baseURL'>,
  env: Record<string, string | undefined>,
): Promise<ConfigDescription> {
  const found = await findCredentials({
    options: {
      ...(options.profile !== undefined && { profile: options.profile }),
      ...(options.apiKey !== undefined && { apiKey: options.apiKey }),
      ...(options.baseURL !== undefined && { baseURL: options.baseURL }),
    },
    env,
  });
  const exists = (await readConfigFile(found.configPath.value)) !== undefined;
  return {
    profile: setting(found.profile),
    configFile: { ...setting(found.configPath), exists },
    // The CLI gives the SDK a key as a string, never a function.
    apiKey: setting(found.apiKey as Sourced<string> | undefined),
    baseURL: setting(found.baseURL),
    signingSecret: setting(found.signingSecret),
  };
}

function setting(found: Sourced<string> | undefined): Setting {
  if (found === undefined) return { value: null, source: 'unset', from: null };
  return { value: found.value, source: found.origin.source, from: place(found.origin) };
}

function place(origin: CredentialOrigin): string | null {
  switch (origin.source) {
    case 'option':
      return FLAGS[origin.option];
    case 'env':
      return origin.variable;
    case 'config':
      return `profile "${origin.profile}" of ${origin.configPath}`;
    default:
      return null;
  }
}
