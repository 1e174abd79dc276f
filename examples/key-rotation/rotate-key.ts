// Rotates the key a service runs with, without downtime: rotate (the old key keeps working for a grace
// period), deploy the new key, verify that the deployed key works, and only then revoke the old one.
import { AuthenticationError, Runlet } from '@runlet/node';
import type { DeployTarget } from './deploy-target.ts';

export interface RotationOptions {
  /** A client whose key has `keys:manage`: your admin or CI key, never the service's own. */
  admin: Runlet;
  target: DeployTarget;
  /** How long the old key keeps working if verification fails and you roll back. @default 3600 */
  gracePeriodSeconds?: number;
  log?: (line: string) => void;
}

/** The key ids before and after. */
export interface Rotation {
  previousKeyId: string;
  keyId: string;
}

export async function rotateDeployedKey(options: RotationOptions): Promise<Rotation> {
  const { admin, target, gracePeriodSeconds = 3600, log = console.log } = options;
  const oldSecret = await target.read();
  if (!oldSecret) throw new Error('Nothing to rotate: no RUNLET_API_KEY is deployed yet.');
  // The service's key alone, as the service runs it: not paired with the admin's RUNLET_SIGNING_SECRET.
  const asService = (apiKey: string) => new Runlet({ apiKey, env: { RUNLET_BASE_URL: process.env.RUNLET_BASE_URL } });

  // 1. Which key is deployed (a key can always read itself through /v1/me).
  const { keyId: previousKeyId } = await asService(oldSecret).me();
  // 2. Rotate: a new key with the same name, scopes and settings; the old one works until the grace period ends.
  const rotated = await admin.keys.rotate(previousKeyId, { gracePeriodSeconds });
  log(`rotated ${previousKeyId} → ${rotated.id}; the old key works until ${rotated.previousKeyExpiresAt}`);
  // 3. Deploy the new secret where the service reads it.
  await target.deploy(rotated.secret);
  log(`deployed ${rotated.id}`);
  // 4. Verify with what is deployed now, as the service will read it.
  const deployed = await target.read();
  const principal = deployed
    ? await asService(deployed)
        .me()
        .catch(() => undefined)
    : undefined;
  if (principal?.keyId !== rotated.id) {
    await target.deploy(oldSecret);
    throw new Error(
      `The deployed key did not verify; rolled back to ${previousKeyId}, which works until its grace ends.`,
    );
  }
  log(`verified: the deployed key is ${principal.keyId} with scopes ${principal.scopes.join(', ')}`);
  // 5. Revoke the old key at once, rather than waiting for the grace period.
  await admin.keys.revoke(previousKeyId);
  const refused = await asService(oldSecret)
    .me()
    .then(() => false)
    .catch((error: unknown) => error instanceof AuthenticationError);
  if (!refused) throw new Error(`${previousKeyId} still works after its revocation.`);
  log(`revoked ${previousKeyId}: it is refused now`);
  return { previousKeyId, keyId: rotated.id };
}
