import { parseToken } from '@runlet/types';
import { sha256Hex } from './sha256-hex.js';
import type { KeyRecord, Store, TokenRecord } from './store.js';

/** What a request's credentials point at, before any rule is applied. */
export type Credential =
  | { kind: 'none'; message: string }
  | { kind: 'invalid'; message: string }
  | { kind: 'key'; key: KeyRecord }
  | { kind: 'token'; token: TokenRecord; key: KeyRecord };

const NO_CREDENTIALS = 'No API key was sent. Send Authorization: Bearer <key> or X-API-Key: <key>.';

/** Finds the key or client token of `Authorization: Bearer …` (preferred) or `X-API-Key`, by hash. Messages never contain the credential. */
export async function identifyCredential(headers: Headers, store: Store): Promise<Credential> {
  const authorization = headers.get('authorization');
  const apiKeyHeader = headers.get('x-api-key');
  let value: string;
  let via: 'bearer' | 'x-api-key';
  if (authorization !== null) {
    const match = /^Bearer +(.*)$/i.exec(authorization);
    if (!match) {
      return {
        kind: 'none',
        message: 'The Authorization header must use the Bearer scheme: Authorization: Bearer <key>.',
      };
    }
    value = match[1] ?? '';
    via = 'bearer';
  } else if (apiKeyHeader !== null) {
    value = apiKeyHeader;
    via = 'x-api-key';
  } else {
    return { kind: 'none', message: NO_CREDENTIALS };
  }
  if (value.trim() === '') return { kind: 'none', message: NO_CREDENTIALS };

  const parsed = parseToken(value);
  if (!parsed.valid) return { kind: 'invalid', message: `The API key is malformed. ${parsed.message}` };
  if (parsed.prefix === 'rl_sig_') {
    return {
      kind: 'invalid',
      message:
        'This is a signing secret (rl_sig_…), not an API key. Send the API key, and sign requests with the signing secret.',
    };
  }
  const hash = await sha256Hex(value);
  if (parsed.prefix === 'rl_ct_') {
    if (via === 'x-api-key') {
      return { kind: 'invalid', message: 'Client tokens go in Authorization: Bearer <token>, not in X-API-Key.' };
    }
    const token = store.tokens.get(hash);
    const key = token && store.keys.get(token.keyId);
    if (!token || !key) {
      return { kind: 'invalid', message: 'The client token is not valid. It may be mistyped or from another backend.' };
    }
    return { kind: 'token', token, key };
  }
  const keyId = store.keyIdsByHash.get(hash);
  const key = keyId === undefined ? undefined : store.keys.get(keyId);
  if (!key) return { kind: 'invalid', message: 'The API key is not valid. It may be revoked or mistyped.' };
  return { kind: 'key', key };
}
