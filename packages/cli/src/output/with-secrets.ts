import type { Schemas } from '@runlet/node';

/**
 * A created or rotated key as the API returned it, secrets included. The SDK makes `secret` and
 * `signingSecret` non-enumerable so that they never reach logs; `--json` output is where they belong.
 */
export function withSecrets<T extends Schemas['CreatedApiKey']>(created: T): T {
  return {
    ...created,
    secret: created.secret,
    ...(created.signingSecret !== undefined && { signingSecret: created.signingSecret }),
  };
}
