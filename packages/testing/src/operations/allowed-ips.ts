import { ApiError, validationError } from '../backend/api-error.js';
import { normalizeAllowlistEntry } from '../backend/ip-allowlist.js';
import { apiKeyView } from '../backend/views.js';
import { assertNotRevoked, findKey, IP_MESSAGE } from './key-rules.js';
import type { OperationHandlers } from './operation.js';

const MAX_ENTRIES = 100;

export const allowedIpOperations: Pick<OperationHandlers, 'addAllowedIp' | 'removeAllowedIp'> = {
  addAllowedIp({ state, params, body, now }) {
    const key = findKey(state.store, params.keyId);
    assertNotRevoked(key, 'be changed');
    const entry = normalizeAllowlistEntry(body.ip);
    if (entry === null) throw validationError([{ path: 'body.ip', message: IP_MESSAGE }]);
    if (!key.allowedIps.includes(entry)) {
      if (key.allowedIps.length >= MAX_ENTRIES) {
        throw new ApiError(
          'CONFLICT',
          `The allowlist of ${key.id} is full (${MAX_ENTRIES} entries); remove one first.`,
        );
      }
      key.allowedIps = [...key.allowedIps, entry];
    }
    return { status: 200, body: apiKeyView(key, now) };
  },

  removeAllowedIp({ state, params, now }) {
    const key = findKey(state.store, params.keyId);
    assertNotRevoked(key, 'be changed');
    const entry = normalizeAllowlistEntry(params.ip);
    if (entry === null) throw validationError([{ path: 'path.ip', message: IP_MESSAGE }]);
    key.allowedIps = key.allowedIps.filter((existing) => existing !== entry);
    return { status: 200, body: apiKeyView(key, now) };
  },
};
