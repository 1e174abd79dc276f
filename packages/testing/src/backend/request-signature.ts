import { SIGNATURE_TOLERANCE_SECONDS, signaturePrefix } from '@runlet/types';
import { ApiError } from './api-error.js';
import { constantTimeEqual } from './constant-time-equal.js';

const encoder = new TextEncoder();

/** The HMAC-SHA256 key of a signing secret, not extractable, so the backend keeps no plain secret. */
export function importSigningKey(signingSecret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(signingSecret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
}

export interface SignedRequest {
  method: string;
  /** Path and query exactly as received. */
  target: string;
  body: Uint8Array;
  timestamp: string | null;
  signature: string | null;
}

/**
 * Verifies signing v1 when the request is signed or `required`: the HMAC first, then the ±300 s window, so
 * that `SIGNATURE_EXPIRED` (with `details.serverTime`) only answers genuine but stale signatures.
 */
export async function verifyRequestSignature(
  request: SignedRequest,
  key: CryptoKey,
  nowMs: number,
  required: boolean,
): Promise<void> {
  const { timestamp, signature } = request;
  if (timestamp === null && signature === null) {
    if (!required) return;
    throw invalid(
      'This key requires signed requests: send X-Timestamp and X-Signature (the HMAC-SHA256 of the request with the key’s signing secret).',
    );
  }
  if (timestamp === null || signature === null) {
    const missing = timestamp === null ? 'X-Timestamp' : 'X-Signature';
    throw invalid(`A signed request needs both X-Timestamp and X-Signature; ${missing} is missing.`);
  }
  if (!/^\d{1,12}$/.test(timestamp)) {
    throw invalid('X-Timestamp must be unix seconds, a whole number such as 1767225600.');
  }
  const sent = fromHex(signature);
  if (!sent) throw invalid('X-Signature must be 64 hex characters: the HMAC-SHA256 of the request.');
  const prefix = encoder.encode(signaturePrefix(request.method, request.target, timestamp));
  const message = new Uint8Array(prefix.length + request.body.length);
  message.set(prefix);
  message.set(request.body, prefix.length);
  const expected = new Uint8Array(await crypto.subtle.sign('HMAC', key, message));
  if (!constantTimeEqual(expected, sent)) {
    throw invalid(
      'The request signature does not match. Sign METHOD, PATH (with the query, exactly as sent), TIMESTAMP and the exact body with the key’s signing secret.',
    );
  }
  const serverTime = Math.floor(nowMs / 1000);
  if (Math.abs(serverTime - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS) {
    throw new ApiError(
      'SIGNATURE_EXPIRED',
      `X-Timestamp is more than ${SIGNATURE_TOLERANCE_SECONDS} seconds away from the server's clock; correct your clock offset with details.serverTime and sign again.`,
      { details: { serverTime } },
    );
  }
}

function invalid(message: string): ApiError {
  return new ApiError('INVALID_SIGNATURE', message);
}

function fromHex(hex: string): Uint8Array | null {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return null;
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
