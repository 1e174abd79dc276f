import { type RunletConfigProfile, removeConfigProfile, writeConfigProfile } from '@runlet/node';
import { UsageError } from '../usage-error.js';

/** What `runlet setup` saves into one profile. */
export interface SetupValues {
  apiKey: string;
  baseUrl?: string;
  signingSecret?: string;
}

/**
 * Saves the key (and base URL and signing secret, when given) into `profile`, keeping its other fields,
 * with mode 0600. A signing secret saved for another key is dropped: it belongs to that key, and would
 * make every signed request of the new one fail. Resolves to whether such a secret was dropped.
 */
export async function saveSetupProfile(
  path: string,
  profile: string,
  saved: RunletConfigProfile | undefined,
  values: SetupValues,
): Promise<{ droppedSigningSecret: boolean }> {
  const droppedSigningSecret =
    values.signingSecret === undefined && saved?.signingSecret !== undefined && saved.apiKey !== values.apiKey;
  const baseUrl = values.baseUrl ?? saved?.baseUrl;
  try {
    if (droppedSigningSecret) await removeConfigProfile(path, profile);
    await writeConfigProfile(path, profile, {
      apiKey: values.apiKey,
      ...(baseUrl !== undefined && { baseUrl }),
      ...(values.signingSecret !== undefined && { signingSecret: values.signingSecret }),
    });
  } catch (error) {
    // writeConfigProfile throws a TypeError only for a profile name it cannot store.
    if (error instanceof TypeError) throw new UsageError(`--profile: ${error.message}`);
    throw error;
  }
  return { droppedSigningSecret };
}
