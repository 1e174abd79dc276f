import { checkSignature, SIGNATURE_TOLERANCE_SECONDS, type SignatureProblem } from '@runlet/types';
import { ApiError } from './api-error.js';

export interface SignedRequest {
  method: string;
  /** Path and query exactly as received. */
  target: string;
  body: Uint8Array;
  timestamp: string | null;
  signature: string | null;
}

const MALFORMED: Record<SignatureProblem, string> = {
  'missing-timestamp': 'A signed request needs both X-Timestamp and X-Signature; X-Timestamp is missing.',
  'missing-signature': 'A signed request needs both X-Timestamp and X-Signature; X-Signature is missing.',
  'bad-timestamp': 'X-Timestamp must be unix seconds, a whole number such as 1767225600.',
  'bad-signature': 'X-Signature must be 64 hex characters: the HMAC-SHA256 of the request.',
};

/**
 * Verifies signing v1 when the request is signed or `required`, with the one check of `@runlet/types` (the
 * HMAC first, then the ±300 s window, so that `SIGNATURE_EXPIRED` only answers genuine but stale signatures).
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
  const check = await checkSignature({ ...request, path: request.target }, [key], { now: nowMs / 1000 });
  if (check.valid) return;
  if (check.reason === 'malformed') throw invalid(MALFORMED[check.problem]);
  if (check.reason === 'mismatch') {
    throw invalid(
      'The request signature does not match. Sign METHOD, PATH (with the query, exactly as sent), TIMESTAMP and the exact body with the key’s signing secret.',
    );
  }
  throw new ApiError(
    'SIGNATURE_EXPIRED',
    `X-Timestamp is more than ${SIGNATURE_TOLERANCE_SECONDS} seconds away from the server's clock; correct your clock offset with details.serverTime and sign again.`,
    { details: { serverTime: check.serverTime } },
  );
}

function invalid(message: string): ApiError {
  return new ApiError('INVALID_SIGNATURE', message);
}
