import { updateConfigFile } from './update-config-file.js';

/**
 * Removes one profile from the config file, keeping the others; resolves to whether it was there. The file
 * is rewritten atomically with mode 0600, and left untouched (or not created) when the profile is absent.
 */
export async function removeConfigProfile(path: string, profileName: string): Promise<boolean> {
  let removed = false;
  await updateConfigFile(path, (config) => {
    removed = Object.hasOwn(config.profiles, profileName);
    if (removed) delete config.profiles[profileName];
    return removed;
  });
  return removed;
}
