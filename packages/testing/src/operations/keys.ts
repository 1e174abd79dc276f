import { scopesOfProfile } from '@runlet/types';
import { validationError } from '../backend/api-error.js';
import { mintKey } from '../backend/mint-key.js';
import { paginate } from '../backend/paginate.js';
import { apiKeyView } from '../backend/views.js';
import { assertCanGrant, assertNotRevoked, findKey, futureTime, normalizeAllowlist } from './key-rules.js';
import type { OperationHandlers } from './operation.js';

export const keyOperations: Pick<OperationHandlers, 'listKeys' | 'getKey' | 'createKey' | 'updateKey'> = {
  listKeys({ state, query, now }) {
    const { page, nextCursor } = paginate(state.store.keys, query);
    return { status: 200, body: { data: page.map((key) => apiKeyView(key, now)), nextCursor } };
  },

  getKey({ state, params, now }) {
    return { status: 200, body: apiKeyView(findKey(state.store, params.keyId), now) };
  },

  async createKey({ state, body, principal, now }) {
    if ((body.scopes === undefined) === (body.profile === undefined)) {
      const both = body.scopes !== undefined;
      throw validationError([
        {
          path: both ? 'body.profile' : 'body',
          message: both ? 'Give either scopes or profile, not both.' : 'Give exactly one of scopes and profile.',
        },
      ]);
    }
    const scopes = body.profile === undefined ? [...new Set(body.scopes)] : scopesOfProfile(body.profile);
    assertCanGrant(principal, scopes, 'A new key');
    const type = body.type ?? 'service';
    if (type === 'temporary' && body.expiresAt === undefined) {
      throw validationError([{ path: 'body.expiresAt', message: 'A temporary key needs an expiry.' }]);
    }
    if (body.agentId !== undefined && !state.store.agents.has(body.agentId)) {
      throw validationError([{ path: 'body.agentId', message: `No agent ${body.agentId}.` }]);
    }
    const { record, secret, signingSecret } = await mintKey(
      state.store,
      {
        name: body.name,
        environment: body.environment ?? principal.key.environment,
        type,
        scopes,
        profile: body.profile ?? null,
        tier: principal.key.tier,
        expiresAt: body.expiresAt === undefined ? null : futureTime(body.expiresAt, now, 'body.expiresAt'),
        allowedIps: normalizeAllowlist(body.allowedIps ?? [], 'body.allowedIps'),
        agentId: body.agentId ?? null,
        requireSignature: body.requireSignature ?? false,
        rotatedFrom: null,
      },
      now,
    );
    return { status: 201, body: { ...apiKeyView(record, now), secret, signingSecret } };
  },

  updateKey({ state, params, body, principal, now }) {
    const key = findKey(state.store, params.keyId);
    assertNotRevoked(key, 'be changed');
    if (body.scopes !== undefined) assertCanGrant(principal, body.scopes, 'A key');
    let expiresAt = key.expiresAt;
    if (body.expiresAt === null) {
      if (key.type === 'temporary') {
        throw validationError([{ path: 'body.expiresAt', message: 'A temporary key needs an expiry.' }]);
      }
      expiresAt = null;
    } else if (body.expiresAt !== undefined) {
      expiresAt = futureTime(body.expiresAt, now, 'body.expiresAt');
    }
    if (body.name !== undefined) key.name = body.name;
    if (body.scopes !== undefined) {
      key.scopes = [...new Set(body.scopes)];
      key.profile = null;
    }
    key.expiresAt = expiresAt;
    return { status: 200, body: apiKeyView(key, now) };
  },
};
