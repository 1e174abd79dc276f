import { createHmac } from 'node:crypto';
import { assertValidKey } from '@runlet/core/internal';
import { checkSignatureWith, SIGNATURE_TOLERANCE_SECONDS } from '@runlet/types/tokens';

/** A signed request as your server received it. */
export interface VerifySignatureInput {
  /** The request method, in any case. */
  method: string;
  /** The path and query exactly as received: `/v1/keys?limit=20` (Express: `req.originalUrl`). */
  path: string;
  /**
   * The raw body exactly as received, `''` when there is none: `await request.text()`, or the Buffer from
   * `express.raw()`. Never a parsed object: re-serialised JSON rarely has the bytes that were signed.
   */
  body: string | Uint8Array | ArrayBuffer;
  /** The `X-Timestamp` header: unix seconds. A missing header gives `malformed`. */
  timestamp: number | string | null | undefined;
  /** The `X-Signature` header: hex HMAC-SHA256. A missing header gives `malformed`. */
  signature: string | null | undefined;
  /**
   * The signing secret (`rl_sig_…`), or several during a rotation: any one that matches passes. `undefined`
   * and `''` entries are skipped, so environment variables can be listed as they are, set or not; it throws
   * only when no secret is left.
   * @example secrets: [process.env.SIGNING_SECRET, process.env.SIGNING_SECRET_PREVIOUS]
   */
  secrets: string | undefined | readonly (string | undefined)[];
  /** The server's clock in unix seconds. @default Date.now() / 1000 */
  now?: number;
  /** How many seconds the timestamp may be from `now`, either way. @default 300 */
  toleranceSeconds?: number;
}

/** The outcome of `checkSignature`; `serverTime` is what a `SIGNATURE_EXPIRED` answer reports. */
export type SignatureCheck =
  | { valid: true; secretIndex: number }
  | { valid: false; reason: 'malformed' | 'expired' | 'mismatch'; serverTime: number };

/**
 * Checks a Runlet-style signed request (signing v1) and says why it fails: `malformed` headers, no secret
 * that reproduces the signature (`mismatch`), or a genuine signature whose timestamp is outside the window
 * (`expired`, either way): the check of `@runlet/types` that the reference backend uses too. Throws
 * `TypeError` on wrong usage, such as a parsed body, and `InvalidKeyFormatError` for a malformed secret.
 */
export function checkSignature(input: VerifySignatureInput): SignatureCheck {
  const body = rawBody(input.body);
  const secrets = secretList(input.secrets);
  if (typeof input.method !== 'string' || typeof input.path !== 'string') {
    throw new TypeError('The `method` and `path` of the request to verify must be strings.');
  }
  const tolerance = input.toleranceSeconds ?? SIGNATURE_TOLERANCE_SECONDS;
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    throw new TypeError(`\`toleranceSeconds\` must be a number of seconds, 0 or more; got ${tolerance}.`);
  }
  const now = input.now ?? Date.now() / 1000;
  if (!Number.isFinite(now)) throw new TypeError(`\`now\` must be unix seconds, got ${now}.`);
  const check = checkSignatureWith(
    { method: input.method, path: input.path, body, timestamp: input.timestamp, signature: input.signature },
    secrets.map(([, secret]) => secret),
    (secret, message) => createHmac('sha256', secret).update(message).digest(),
    { now, toleranceSeconds: tolerance },
  );
  if (check.valid) return { valid: true, secretIndex: secrets[check.secretIndex]?.[0] ?? check.secretIndex };
  return { valid: false, reason: check.reason, serverTime: check.serverTime };
}

/**
 * Whether a Runlet-style signed request is authentic and fresh. See `checkSignature` for the reason when
 * it is not.
 *
 * @example
 * const ok = verifySignature({
 *   method: request.method,
 *   path: url.pathname + url.search,
 *   body: await request.text(),
 *   timestamp: request.headers.get('x-timestamp'),
 *   signature: request.headers.get('x-signature'),
 *   secrets: [process.env.SIGNING_SECRET_NEW, process.env.SIGNING_SECRET_OLD],
 * });
 */
export function verifySignature(input: VerifySignatureInput): boolean {
  return checkSignature(input).valid;
}

function rawBody(body: unknown): string | Uint8Array {
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new TypeError(
    `The \`body\` to verify must be the raw request body exactly as received (a string or bytes), got ${kindOf(body)}. ` +
      "Re-serialising a parsed body rarely reproduces the signed bytes: read it with `await request.text()`, or use `express.raw({ type: '*/*' })` " +
      "before any JSON parser, and pass '' when there is no body.",
  );
}

/** The usable secrets, each with its index in the list given (what `secretIndex` reports). */
function secretList(secrets: unknown): [number, string][] {
  const list: readonly unknown[] = Array.isArray(secrets) ? secrets : [secrets];
  // An unset environment variable during a rotation: skipped, not an error.
  const usable = [...list.entries()].filter(([, secret]) => secret !== undefined && secret !== null && secret !== '');
  if (usable.length === 0) {
    const given = list.length === 0 ? 'is empty' : `holds no secret (${describe(list)})`;
    throw new TypeError(
      `\`secrets\` ${given}: pass the signing secret (rl_sig_…), or a list of them during a rotation. ` +
        'Is the environment variable that should hold it set?',
    );
  }
  for (const [index, secret] of usable) {
    assertValidKey(secret, ['rl_sig_'], Array.isArray(secrets) ? `signing secret secrets[${index}]` : 'signing secret');
  }
  return usable as [number, string][];
}

function describe(list: readonly unknown[]): string {
  const kinds = [...new Set(list.map((secret) => (secret === '' ? "''" : String(secret))))];
  return list.length === 1 ? `only ${kinds[0]}` : `${list.length} entries, all ${kinds.join(' or ')}`;
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array (a parsed body?)';
  if (typeof value === 'object') return `an object (${value.constructor?.name ?? 'Object'}; a parsed body?)`;
  return `a ${typeof value}`;
}
