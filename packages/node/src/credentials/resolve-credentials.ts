import { MissingCredentialsError } from '@runlet/core';
import { assertBaseURL, DEFAULTS } from '@runlet/core/internal';
import type { RunletConfigFile } from '../config/parse-config-file.js';
import { readConfigFile } from '../config/read-config-file.js';
import type { CredentialOrigin, Sourced } from './credential-origin.js';
import { envValue } from './env-value.js';
import { locateConfigProfile } from './locate-config-profile.js';

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

/** What `resolveCredentials` reads: the options, the environment and, optionally, an already parsed config file. */
export interface CredentialInput {
  options: CredentialOptions;
  env: Record<string, string | undefined>;
  /**
   * The config file's content, used instead of reading the file at `configPath`: for a tool about to write
   * it, that asks how the profile will resolve (`runlet setup`).
   */
  config?: RunletConfigFile | undefined;
}

/** Every setting with where it comes from; `apiKey` and `signingSecret` are `undefined` when none is found. */
export interface FoundCredentials {
  apiKey: Sourced<ApiKeySetting> | undefined;
  /** The `default` origin when nothing sets it. */
  baseURL: Sourced<string>;
  signingSecret: Sourced<string> | undefined;
  /** The config profile that was (or would have been) read. */
  profile: Sourced<string>;
  configPath: Sourced<string>;
}

/** The credentials a `Runlet` sends with: key, base URL, signing secret, and where each one came from. */
export interface ResolvedCredentials {
  apiKey: ApiKeySetting;
  baseURL: string;
  signingSecret: string | undefined;
  /** Where the API key was found. */
  source: CredentialSource;
  /** The config profile that was (or would have been) read. */
  profile: string;
  configPath: string;
  /** Where each value comes from: an option, an environment variable, a profile of the config file, or the default. */
  origins: {
    apiKey: CredentialOrigin;
    baseURL: CredentialOrigin;
    signingSecret: CredentialOrigin | undefined;
    profile: CredentialOrigin;
    configPath: CredentialOrigin;
  };
}

/**
 * Finds the API key, base URL and signing secret: explicit option → environment (`RUNLET_API_KEY`,
 * `RUNLET_BASE_URL`, `RUNLET_SIGNING_SECRET`) → the config file's profile. Options and environment mix
 * freely; the config profile is read only when no key is given otherwise, and then supplies whatever of
 * its key, base URL and signing secret the options and environment leave unset. Throws
 * `MissingCredentialsError` naming every way to provide a key, `ConfigFileError` for an unsafe or invalid
 * config file, and `InvalidBaseURLError` for a base URL that is malformed or not https outside loopback.
 * The key's format is not checked here: core checks it before each request.
 */
export async function resolveCredentials(input: CredentialInput): Promise<ResolvedCredentials> {
  const { found, config } = await lookUp(input);
  const { apiKey, baseURL, signingSecret, profile, configPath } = found;
  if (apiKey === undefined) {
    throw new MissingCredentialsError(
      'No Runlet API key found. Provide one in any of these ways: pass the `apiKey` option ' +
        "(new Runlet({ apiKey: 'rl_live_…' })); set the RUNLET_API_KEY environment variable; or save it in " +
        `profile "${profile.value}" of the config file ${configPath.value} (run \`runlet setup\`)${configHint(config, profile.value)}.`,
    );
  }
  if (baseURL.origin.source !== 'default') assertBaseURL(baseURL.value, describeOrigin(baseURL.origin));
  return {
    apiKey: apiKey.value,
    baseURL: baseURL.value,
    signingSecret: signingSecret?.value,
    source: apiKey.origin.source as CredentialSource,
    profile: profile.value,
    configPath: configPath.value,
    origins: {
      apiKey: apiKey.origin,
      baseURL: baseURL.origin,
      signingSecret: signingSecret?.origin,
      profile: profile.origin,
      configPath: configPath.origin,
    },
  };
}

/**
 * The lookup of `resolveCredentials` without its refusals: a missing key is `undefined` and the base URL is
 * not checked, so a tool can show what is set and what is not (`runlet config show`). Throws
 * `ConfigFileError` for an unsafe or invalid config file, when it reads it.
 */
export async function findCredentials(input: CredentialInput): Promise<FoundCredentials> {
  return (await lookUp(input)).found;
}

async function lookUp(
  input: CredentialInput,
): Promise<{ found: FoundCredentials; config: RunletConfigFile | undefined }> {
  const { options, env } = input;
  if (options.apiKey !== undefined && typeof options.apiKey !== 'string' && typeof options.apiKey !== 'function') {
    throw new TypeError(
      `The \`apiKey\` option must be a string or a function returning one, got ${options.apiKey === null ? 'null' : typeof options.apiKey}.`,
    );
  }
  const { profile, configPath } = locateConfigProfile({ options, env });
  const given = <T>(option: 'apiKey' | 'baseURL' | 'signingSecret', value: T | undefined, variable: string) => {
    if (value !== undefined) return { value, origin: { source: 'option', option } as const };
    const fromEnv = envValue(env, variable);
    return fromEnv === undefined ? undefined : { value: fromEnv, origin: { source: 'env', variable } as const };
  };
  const apiKey: Sourced<ApiKeySetting> | undefined = given('apiKey', options.apiKey, 'RUNLET_API_KEY');

  // The config profile is one set: used only when the key itself comes from it, so that a key from the
  // environment is never paired with another account's signing secret or base URL from the file.
  const config = apiKey === undefined ? (input.config ?? (await readConfigFile(configPath.value))) : undefined;
  const saved = config && Object.hasOwn(config.profiles, profile.value) ? config.profiles[profile.value] : undefined;
  const inProfile = { source: 'config', profile: profile.value, configPath: configPath.value } as const;
  const fromProfile = (value: string | undefined) => (value === undefined ? undefined : { value, origin: inProfile });

  const found: FoundCredentials = {
    apiKey: apiKey ?? fromProfile(saved?.apiKey),
    baseURL: given('baseURL', options.baseURL, 'RUNLET_BASE_URL') ??
      fromProfile(saved?.baseUrl) ?? { value: DEFAULTS.baseURL, origin: { source: 'default' } },
    signingSecret:
      given('signingSecret', options.signingSecret, 'RUNLET_SIGNING_SECRET') ?? fromProfile(saved?.signingSecret),
    profile,
    configPath,
  };
  return { found, config };
}

/** Where a value comes from, in words: the `baseURL` option, the RUNLET_BASE_URL environment variable, … */
function describeOrigin(origin: CredentialOrigin): string {
  switch (origin.source) {
    case 'option':
      return `the \`${origin.option}\` option`;
    case 'env':
      return `the ${origin.variable} environment variable`;
    case 'config':
      return `profile "${origin.profile}" of the config file ${origin.configPath}`;
    default:
      return 'the default';
  }
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
