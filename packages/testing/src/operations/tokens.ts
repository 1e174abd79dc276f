import { createToken } from '@runlet/types';
import { validationError } from '../backend/api-error.js';
import { randomId } from '../backend/random-id.js';
import { sha256Hex } from '../backend/sha256-hex.js';
import { toTimestamp, toUnixSeconds } from '../backend/times.js';
import { keyEndsAt } from '../backend/views.js';
import { assertCanGrant } from './key-rules.js';
import type { OperationHandlers } from './operation.js';

const DEFAULT_TTL_SECONDS = 600;

export const tokenOperations: Pick<OperationHandlers, 'createToken'> = {
  /** A client token never outlives the key that minted it: its expiry is capped at the key's. */
  async createToken({ state, body, principal, now }) {
    const scopes = [...new Set(body.scopes)];
    assertCanGrant(principal, scopes, 'A client token');
    const origins = body.allowedOrigins ?? [];
    const issues = origins.flatMap((origin, index) =>
      isOrigin(origin)
        ? []
        : [
            {
              path: `body.allowedOrigins.${index}`,
              message: 'Must be an origin (scheme, host and optional port), such as https://app.example.',
            },
          ],
    );
    if (issues.length > 0) throw validationError(issues);
    const token = createToken('rl_ct_');
    const ttlMs = (body.ttlSeconds ?? DEFAULT_TTL_SECONDS) * 1000;
    const expiresAt = Math.min(now + ttlMs, keyEndsAt(principal.key) ?? Number.POSITIVE_INFINITY);
    const record = {
      id: randomId('ct_'),
      hash: await sha256Hex(token),
      keyId: principal.key.id,
      scopes,
      allowedOrigins: [...new Set(origins)],
      subject: body.subject ?? null,
      createdAt: now,
      expiresAt,
    };
    state.store.tokens.set(record.hash, record);
    return {
      status: 201,
      body: {
        object: 'client_token',
        token,
        expiresAt: toTimestamp(expiresAt),
        expiresIn: Math.max(0, toUnixSeconds(expiresAt) - toUnixSeconds(now)),
        serverTime: toUnixSeconds(now),
        scopes,
        allowedOrigins: record.allowedOrigins,
        subject: record.subject,
      },
    };
  },
};

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return url.origin !== 'null' && url.origin === value;
  } catch {
    return false;
  }
}
