import { assertBaseURL, MissingCredentialsError } from '@runlet/core';
import { configFilePath } from '../config/config-path.js';
import type { RunletConfigFile } from '../config/parse-config-file.js';
import { readConfigFile } from '../config/read-config-file.js';

/** A secret API key, or a function called per request that returns one (rotation from a secret manager). */
export type ApiKeySetting = string | (() => string | Promise<string>);

/** What a client was given in code; each field falls back to the environment, then the config file. */
export interface CredentialOptions {
  /** Secret API key, or a function returning one. @default process.env.RUNLET_API_KEY, else the config profile's */
  apiKey?: ApiKeySetting;
  /** API root. @default process.env.RUNLET_BASE_URL, else the config profile's, else 'https://api.runlet.dev' */
  baseURL?: string;
  /** Signing secret (`rl_sig_…`); enables request signing. @default process.env.RUNLET_SIGNING_SECRET, else the config profile's */
  signingSecret?: string;
  /** Profile of the config file. @default process.env.RUNLET_PROFILE, else 'default' */
  profile?: string;
}

/** Where the API key was found. */
export type CredentialSource = 'option' | 'env' | 'config';

export interface ResolvedCredentials {
  apiKey: ApiKeySetting;
  baseURL: string;
  signingSecret: string | undefined;
  /** Where the API key was found. */
  source: CredentialSource;
  /** The config profile that was (or would have been) read. */
  profile: string;
  configPath: string;
}

export const DEFAULT_BASE_URL = 'https://api.runlet.dev';

/**
 * Finds the API key, base URL and signing secret: explicit option → environment (`RUNLET_API_KEY`,
 * `RUNLET_BASE_URL`, `RUNLET_SIGNING_SECRET`) → the config file's profile. Options and environment mix
 * freely; the config profile is read only when no key is given otherwise, and then supplies whatever of
 * its key, base URL and signing secret the options and environment leave unset. Throws
 * `MissingCredentialsError` naming every way to provide a key, `ConfigFileError` for an unsafe or invalid
 * config file, and `InvalidBaseURLError` for a base URL that is malformed or not https outside loopback.
 * The key's format is not checked here: core checks it before each request.
 */
export async function resolveCredentials(input: {
  options: CredentialOptions;
  env: Record<string, string | undefined>;
}): Promise<ResolvedCredentials> {
  const { options, env } = input;
  if (options.apiKey !== undefined && typeof options.apiKey !== 'string' && typeof options.apiKey !== 'function') {
    throw new TypeError(
      `The \`apiKey\` option must be a string or a function returning one, got ${options.apiKey === null ? 'null' : typeof options.apiKey}.`,
    );
  }
  const profile = options.profile ?? set(env.RUNLET_PROFILE) ?? 'default';
  const configPath = configFilePath(env);
  const apiKey = options.apiKey ?? set(env.RUNLET_API_KEY);
  const baseURL = options.baseURL ?? set(env.RUNLET_BASE_URL);
  const signingSecret = options.signingSecret ?? set(env.RUNLET_SIGNING_SECRET);

  // The config profile is one set: used only when the key itself comes from it, so that a key from the
  // environment is never paired with another account's signing secret or base URL from the file.
  const config = apiKey === undefined ? await readConfigFile(configPath) : undefined;
  const saved = config && Object.hasOwn(config.profiles, profile) ? config.profiles[profile] : undefined;
  const fromConfig = `profile "${profile}" of the config file ${configPath}`;

  const chosenKey = apiKey ?? saved?.apiKey;
  if (chosenKey === undefined) {
    throw new MissingCredentialsError(
      'No Runlet API key found. Provide one in any of these ways: pass the `apiKey` option ' +
        "(new Runlet({ apiKey: 'rl_live_…' })); set the RUNLET_API_KEY environment variable; or save it in " +
        `${fromConfig} (run \`runlet setup\`)${configHint(config, profile)}.`,
    );
  }

  const chosenURL = baseURL ?? saved?.baseUrl;
  if (chosenURL !== undefined) {
    const where =
      options.baseURL !== undefined
        ? 'the `baseURL` option'
        : baseURL !== undefined
          ? 'the RUNLET_BASE_URL environment variable'
          : fromConfig;
    assertBaseURL(chosenURL, where);
  }

  return {
    apiKey: chosenKey,
    baseURL: chosenURL ?? DEFAULT_BASE_URL,
    signingSecret: signingSecret ?? saved?.signingSecret,
    source: options.apiKey !== undefined ? 'option' : apiKey !== undefined ? 'env' : 'config',
    profile,
    configPath,
  };
}

// An empty variable counts as unset, as in `RUNLET_API_KEY= node app.js`.
function set(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function configHint(config: RunletConfigFile | undefined, profile: string): string {
  if (config === undefined) return '; that file does not exist yet';
  const names = Object.keys(config.profiles);
  if (!Object.hasOwn(config.profiles, profile)) {
    return names.length === 0
      ? '; that file has no profiles'
      : `; that file has no profile "${profile}" (it has ${names.map((n) => `"${n}"`).join(', ')}; choose one with RUNLET_PROFILE)`;
  }
  return `; that profile has no apiKey`;
}
