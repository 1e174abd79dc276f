import { InvalidKeyFormatError, MissingCredentialsError, type RunletConfigFile, readConfigFile } from '@runlet/node';
import { UsageError } from '../errors.js';
import { credentialProblem } from '../options/credential-problem.js';
import type { GlobalOptions } from '../options/global-options.js';
import { describeConfig } from './describe-config.js';

/**
 * The SDK's credential errors in the CLI's words: no key is a `MissingCredentialsError` naming --api-key,
 * RUNLET_API_KEY, --profile and `runlet setup`; a malformed key from RUNLET_API_KEY or a profile is a
 * `UsageError` (exit 2) naming where it came from, as one from --api-key is. Other errors are returned as
 * they are.
 */
export async function credentialErrorForCli(
  error: unknown,
  options: Pick<GlobalOptions, 'profile' | 'apiKey' | 'baseURL'>,
  env: Record<string, string | undefined>,
): Promise<unknown> {
  if (!(error instanceof MissingCredentialsError) && !(error instanceof InvalidKeyFormatError)) return error;
  const description = await describeConfig(options, env).catch(() => undefined);
  if (description === undefined) return error;
  const { apiKey, profile, configFile } = description;
  const profileName = profile.value ?? 'default';
  const setup = profileName === 'default' ? '`runlet setup`' : `\`runlet setup --profile ${profileName}\``;

  if (error instanceof MissingCredentialsError) {
    const config = await readConfigFile(configFile.value ?? '').catch(() => undefined);
    return new MissingCredentialsError(
      `No Runlet API key found. Pass --api-key <key>, set RUNLET_API_KEY, or run ${setup} to save one in ` +
        `profile "${profileName}" of ${configFile.value} (${profileState(config, profileName)}).`,
    );
  }

  if (apiKey.value === null) return error;
  const what = apiKey.source === 'option' ? 'key given with --api-key' : `key in ${apiKey.from}`;
  const problem = credentialProblem(apiKey.value, ['rl_live_', 'rl_test_'], what);
  if (problem === undefined) return error;
  const fix =
    apiKey.source === 'env'
      ? ' Correct RUNLET_API_KEY, or unset it to use the config profile.'
      : apiKey.source === 'config'
        ? ` Run ${setup} to save a working key there, or pass --api-key.`
        : '';
  return new UsageError(`${problem}${fix}`);
}

function profileState(config: RunletConfigFile | undefined, profile: string): string {
  if (config === undefined) return 'that file does not exist yet';
  if (Object.hasOwn(config.profiles, profile)) return 'that profile has no apiKey';
  const names = Object.keys(config.profiles).map((name) => `"${name}"`);
  if (names.length === 0) return 'that file has no profiles';
  return `that file has no profile "${profile}"; it has ${names.join(', ')}, chosen with --profile or RUNLET_PROFILE`;
}
