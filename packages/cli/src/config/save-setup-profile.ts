import { type RunletConfigProfile, removeConfigProfile, writeConfigProfile } from '@runlet/node';
import { UsageError } from '../errors.js';

/** What `runlet setup` saves into one profile. */
export interface SetupValues {
  apiKey: string;
  baseUrl?: string;
  signingSecret?: string;
}

/**
 * The profile as `runlet setup` will leave it: the key (and base URL and signing secret, when given) over its
 * other fields. A signing secret saved for another key is dropped: it belongs to that key, and would make
 * every signed request of the new one fail.
 */
export function setupProfile(saved: RunletConfigProfile | undefined, values: SetupValues): RunletConfigProfile {
  const baseUrl = values.baseUrl ?? saved?.baseUrl;
  const signingSecret = values.signingSecret ?? (saved?.apiKey === values.apiKey ? saved.signingSecret : undefined);
  return {
    apiKey: values.apiKey,
    ...(baseUrl !== undefined && { baseUrl }),
    ...(signingSecret !== undefined && { signingSecret }),
  };
}

/**
 * Saves `setupProfile(saved, values)` into `profile`, keeping its other fields, with mode 0600. Resolves to
 * whether a signing secret saved for the profile's previous key was dropped.
 */
export async function saveSetupProfile(
  path: string,
  profile: string,
  saved: RunletConfigProfile | undefined,
  values: SetupValues,
): Promise<{ droppedSigningSecret: boolean }> {
  const next = setupProfile(saved, values);
  const droppedSigningSecret = saved?.signingSecret !== undefined && next.signingSecret === undefined;
  try {
    if (droppedSigningSecret) await removeConfigProfile(path, profile);
    await writeConfigProfile(path, profile, {
      apiKey: values.apiKey,
      ...(next.baseUrl !== undefined && { baseUrl: next.baseUrl }),
      ...(values.signingSecret !== undefined && { signingSecret: values.signingSecret }),
    });
  } catch (error) {
    // writeConfigProfile throws a TypeError only for a profile name it cannot store.
    if (error instanceof TypeError) throw new UsageError(`--profile: ${error.message}`);
    throw error;
  }
  return { droppedSigningSecret };
}
