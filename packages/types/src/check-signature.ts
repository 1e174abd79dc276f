import { SIGNATURE_TOLERANCE_SECONDS, signaturePrefix } from './signing.js';

/** A signed request as a server received it (signing v1). */
export interface SignedRequest {
  /** The request method, in any case. */
  method: string;
  /** The path and query exactly as received: `/v1/keys?limit=20`. */
  path: string;
  /** The raw body exactly as received, `''` when there is none. */
  body: string | Uint8Array;
  /** The `X-Timestamp` header: unix seconds. */
  timestamp: number | string | null | undefined;
  /** The `X-Signature` header: hex HMAC-SHA256. */
  signature: string | null | undefined;
}

/** How a signed request's timestamp is judged: the server's clock and the allowed skew. */
export interface SignatureCheckOptions {
  /** The server's clock in unix seconds; fractions are dropped. */
  now: number;
  /** How many seconds the timestamp may be from `now`, either way. @default 300 */
  toleranceSeconds?: number;
}

/** Which header made a request `malformed`. */
export type SignatureProblem = 'missing-timestamp' | 'missing-signature' | 'bad-timestamp' | 'bad-signature';

/**
 * The outcome of a signature check. `expired` is reported only for a signature that one of the keys
 * reproduces, so that `SIGNATURE_EXPIRED` (with `serverTime`) answers genuine but stale requests only.
 */
export type SignatureVerdict =
  | { valid: true; secretIndex: number }
  | { valid: false; reason: 'malformed'; problem: SignatureProblem; serverTime: number }
  | { valid: false; reason: 'mismatch' | 'expired'; serverTime: number };

/** Unix seconds as `X-Timestamp` carries them: digits only, at most 12 (enough until the year 33658). */
const UNIX_SECONDS = /^\d{1,12}$/;
const HEX_SIGNATURE = /^[0-9a-f]{64}$/i;
const encoder = /* @__PURE__ */ new TextEncoder();

/**
 * Checks a signed request with a synchronous HMAC-SHA256 of your runtime (`node:crypto`'s `createHmac`), each
 * key in turn: the first key whose HMAC of the signed message equals the signature passes.
 */
export function checkSignatureWith<K>(
  request: SignedRequest,
  keys: readonly K[],
  hmac: (key: K, message: Uint8Array) => Uint8Array,
  options: SignatureCheckOptions,
): SignatureVerdict {
  const steps = verdict(request, keys, options);
  let step = steps.next();
  while (!step.done) step = steps.next(hmac(...step.value));
  return step.value;
}

/** Checks a signed request with `crypto.subtle`, against keys from `importSigningKey`. */
export async function checkSignature(
  request: SignedRequest,
  keys: readonly CryptoKey[],
  options: SignatureCheckOptions,
): Promise<SignatureVerdict> {
  const steps = verdict(request, keys, options);
  let step = steps.next();
  while (!step.done) {
    const [key, message] = step.value;
    step = steps.next(new Uint8Array(await crypto.subtle.sign('HMAC', key, message)));
  }
  return step.value;
}

/** The HMAC-SHA256 key of a signing secret for `checkSignature`, not extractable. */
export function importSigningKey(signingSecret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(signingSecret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
}

// The one rule, for both HMACs: it yields [key, message] and is handed back that key's HMAC of the message.
function* verdict<K>(
  request: SignedRequest,
  keys: readonly K[],
  options: SignatureCheckOptions,
): Generator<[K, Uint8Array<ArrayBuffer>], SignatureVerdict, Uint8Array> {
  const serverTime = Math.floor(options.now);
  const tolerance = options.toleranceSeconds ?? SIGNATURE_TOLERANCE_SECONDS;
  const problem = headerProblem(request);
  if (problem !== undefined) return { valid: false, reason: 'malformed', problem, serverTime };
  const timestamp = String(request.timestamp);
  const sent = fromHex(request.signature as string);
  const message = signedMessage(signaturePrefix(request.method, request.path, timestamp), request.body);
  for (const [secretIndex, key] of keys.entries()) {
    if (!constantTimeEqual(yield [key, message], sent)) continue;
    return Math.abs(serverTime - Number(timestamp)) > tolerance
      ? { valid: false, reason: 'expired', serverTime }
      : { valid: true, secretIndex };
  }
  return { valid: false, reason: 'mismatch', serverTime };
}

function headerProblem({ timestamp, signature }: SignedRequest): SignatureProblem | undefined {
  if (timestamp === null || timestamp === undefined) return 'missing-timestamp';
  if (signature === null || signature === undefined) return 'missing-signature';
  const text = typeof timestamp === 'number' && Number.isSafeInteger(timestamp) ? String(timestamp) : timestamp;
  if (typeof text !== 'string' || !UNIX_SECONDS.test(text)) return 'bad-timestamp';
  if (typeof signature !== 'string' || !HEX_SIGNATURE.test(signature)) return 'bad-signature';
  return undefined;
}

function signedMessage(prefix: string, body: string | Uint8Array): Uint8Array<ArrayBuffer> {
  const head = encoder.encode(prefix);
  const tail = typeof body === 'string' ? encoder.encode(body) : body;
  const message = new Uint8Array(head.length + tail.length);
  message.set(head);
  message.set(tail, head.length);
  return message;
}

function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** Whether two byte arrays are equal, taking the same time wherever they differ. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i % b.length] ?? 0);
  return diff === 0;
}
