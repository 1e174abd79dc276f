import { ApiError } from '../backend/api-error.js';
import { mintKey } from '../backend/mint-key.js';
import { toTimestamp } from '../backend/times.js';
import { apiKeyView, keyStatus } from '../backend/views.js';
import { assertNotRevoked, findKey } from './key-rules.js';
import type { OperationHandlers } from './operation.js';

const DEFAULT_GRACE_SECONDS = 604_800;

export const keyLifecycleOperations: Pick<OperationHandlers, 'revokeKey' | 'rotateKey'> = {
  revokeKey({ state, params, now }) {
    const key = findKey(state.store, params.keyId);
    assertNotRevoked(key, 'be revoked again');
    key.revokedAt = now;
    return { status: 200, body: apiKeyView(key, now) };
  },

  async rotateKey({ state, params, body, now }) {
    const old = findKey(state.store, params.keyId);
    assertNotRevoked(old, 'be rotated');
    const status = keyStatus(old, now);
    if (status === 'rotated') {
      throw new ApiError(
        'CONFLICT',
        `The key ${old.id} was already rotated; rotate the key that replaced it (${old.replacedBy}) instead.`,
      );
    }
    if (status === 'expired') {
      throw new ApiError('CONFLICT', `The key ${old.id} has expired and cannot be rotated; create a new key.`);
    }
    const graceSeconds = body.gracePeriodSeconds ?? DEFAULT_GRACE_SECONDS;
    const { record, secret, signingSecret } = await mintKey(
      state.store,
      {
        name: old.name,
        environment: old.environment,
        type: old.type,
        scopes: [...old.scopes],
        profile: old.profile,
        tier: old.tier,
        expiresAt: old.expiresAt,
        allowedIps: [...old.allowedIps],
        agentId: old.agentId,
        requireSignature: old.requireSignature,
        rotatedFrom: old.id,
      },
      now,
    );
    old.replacedBy = record.id;
    if (graceSeconds === 0) old.revokedAt = now;
    else old.graceExpiresAt = now + graceSeconds * 1000;
    const oldEndsAt = Math.min(old.graceExpiresAt ?? now, old.expiresAt ?? Number.POSITIVE_INFINITY);
    return {
      status: 201,
      body: {
        ...apiKeyView(record, now),
        secret,
        signingSecret,
        previousKeyId: old.id,
        previousKeyExpiresAt: toTimestamp(oldEndsAt),
      },
    };
  },
};
