import { assertBaseURL, assertValidKey } from '@runlet/core/internal';
import type { RunletConfigProfile } from './parse-config-file.js';
import { updateConfigFile } from './update-config-file.js';

const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * Sets fields of one profile in the config file, keeping its other fields and every other profile. Creates
 * the file (and its directory, 0700) when missing; writes atomically, leaving the file with mode 0600 whatever
 * it had before. Values are checked offline first, so a mistyped key is refused rather than saved.
 *
 * @example
 * await writeConfigProfile(configFilePath(process.env), 'default', { apiKey: 'rl_live_…' });
 */
export async function writeConfigProfile(
  path: string,
  profileName: string,
  values: RunletConfigProfile,
): Promise<void> {
  if (typeof profileName !== 'string' || !PROFILE_NAME.test(profileName)) {
    throw new TypeError(
      `The profile name ${JSON.stringify(profileName)} is not valid: use up to 64 letters, digits, "_", "." or "-", starting with a letter or digit.`,
    );
  }
  const { apiKey, baseUrl, signingSecret } = values;
  if (apiKey !== undefined) assertValidKey(apiKey, ['rl_live_', 'rl_test_'], 'API key');
  if (signingSecret !== undefined) assertValidKey(signingSecret, ['rl_sig_'], 'signing secret');
  if (baseUrl !== undefined) assertBaseURL(baseUrl, `the baseUrl for profile "${profileName}"`);
  const update: RunletConfigProfile = {
    ...(apiKey !== undefined && { apiKey }),
    ...(baseUrl !== undefined && { baseUrl }),
    ...(signingSecret !== undefined && { signingSecret }),
  };
  await updateConfigFile(path, (config) => {
    const current = Object.hasOwn(config.profiles, profileName) ? config.profiles[profileName] : undefined;
    config.profiles[profileName] = { ...current, ...update };
    return true;
  });
}
