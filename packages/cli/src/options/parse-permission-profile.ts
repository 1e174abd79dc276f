import { PROFILES, type Profile } from '@runlet/node';
import { InvalidArgumentError } from 'commander';

/**
 * Commander parser of `keys create --profile`, the new key's permission profile. The message for any other
 * value explains how to pick a config-file profile instead, since elsewhere `--profile` means that.
 */
export function parsePermissionProfile(value: string): Profile {
  if ((PROFILES as readonly string[]).includes(value)) return value as Profile;
  throw new InvalidArgumentError(
    `On \`keys create\`, --profile is the new key's permission profile: one of ${PROFILES.join(', ')}. ` +
      `To use the config-file profile "${value}", put it before the command (runlet --profile ${value} keys create …) or set RUNLET_PROFILE=${value}.`,
  );
}
