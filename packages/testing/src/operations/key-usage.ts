import { keyRateSubject } from '../backend/backend-state.js';
import { toTimestamp, toTimestampOrNull } from '../backend/times.js';
import { assertNotRevoked, findKey } from './key-rules.js';
import type { OperationHandlers } from './operation.js';

export const keyUsageOperations: Pick<OperationHandlers, 'getKeyUsage' | 'setKeyAlert'> = {
  getKeyUsage({ state, params, now }) {
    const key = findKey(state.store, params.keyId);
    const byDay = state.usage.days(key.id, now);
    const limits = state.settings.tiers[key.tier];
    return {
      status: 200,
      body: {
        object: 'key_usage',
        keyId: key.id,
        totalRequests: byDay.reduce((total, day) => total + day.requests, 0),
        byDay,
        lastUsedAt: toTimestampOrNull(key.lastUsedAt),
        rateLimit: { tier: key.tier, ...state.limiter.peek(keyRateSubject(key.id), limits, now) },
        alert: key.alert && {
          object: 'usage_alert',
          keyId: key.id,
          thresholdPercent: key.alert.thresholdPercent,
          updatedAt: toTimestamp(key.alert.updatedAt),
        },
      },
    };
  },

  setKeyAlert({ state, params, body, now }) {
    const key = findKey(state.store, params.keyId);
    assertNotRevoked(key, 'get an alert');
    key.alert = { thresholdPercent: body.thresholdPercent, updatedAt: now };
    return {
      status: 200,
      body: {
        object: 'usage_alert',
        keyId: key.id,
        thresholdPercent: body.thresholdPercent,
        updatedAt: toTimestamp(now),
      },
    };
  },
};
