import { configFilePath } from '../config/config-path.js';
import type { Sourced } from './credential-origin.js';
import { envValue } from './env-value.js';

/**
 * The config-file profile the credentials would come from and the file that holds it, with where each is
 * set: the `profile` option, else `RUNLET_PROFILE`, else `default`; the file as `configFilePath` finds it.
 */
export function locateConfigProfile(input: {
  options: { profile?: string | undefined };
  env: Record<string, string | undefined>;
}): { profile: Sourced<string>; configPath: Sourced<string> } {
  const { options, env } = input;
  const fromEnv = envValue(env, 'RUNLET_PROFILE');
  const profile: Sourced<string> =
    options.profile !== undefined
      ? { value: options.profile, origin: { source: 'option', option: 'profile' } }
      : fromEnv !== undefined
        ? { value: fromEnv, origin: { source: 'env', variable: 'RUNLET_PROFILE' } }
        : { value: 'default', origin: { source: 'default' } };

  const path = configFilePath(env);
  // Which variable decided the path, asked of configFilePath itself rather than repeating its rules.
  const variable = ['RUNLET_CONFIG_FILE', 'XDG_CONFIG_HOME', 'APPDATA'].find(
    (name) => configFilePath({ ...env, [name]: undefined }) !== path,
  );
  const configPath: Sourced<string> = {
    value: path,
    origin: variable === undefined ? { source: 'default' } : { source: 'env', variable },
  };
  return { profile, configPath };
}
