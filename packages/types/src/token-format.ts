import { BASE62_ALPHABET, randomBase62, toBase62 } from './base62.js';
import { crc32 } from './crc32.js';

/** Every token prefix, with what it is. */
export const TOKEN_PREFIXES = {
  rl_live_: 'secret API key (live)',
  rl_test_: 'secret API key (test)',
  rl_ct_: 'client token',
  rl_sig_: 'signing secret',
} as const;

/** A token's prefix: `rl_live_`, `rl_test_` (secret keys), `rl_ct_` (client tokens), `rl_sig_` (signing secrets). */
export type TokenPrefix = keyof typeof TOKEN_PREFIXES;
/** A prefix without its trailing underscore, as the test vectors name them: `rl_live`. */
export type TokenKind = TokenPrefix extends `${infer K}_` ? K : never;

/** Prefixes of values that must never reach a browser. */
export const SECRET_PREFIXES = ['rl_live_', 'rl_test_', 'rl_sig_'] as const satisfies readonly TokenPrefix[];

/** How many random base62 characters follow a token's prefix. */
export const TOKEN_RANDOM_LENGTH = 30;
/** How many base62 characters of CRC-32 checksum end a token. */
export const TOKEN_CHECKSUM_LENGTH = 6;
const BODY_LENGTH = TOKEN_RANDOM_LENGTH + TOKEN_CHECKSUM_LENGTH;
const BASE62 = /* @__PURE__ */ new RegExp(`^[${BASE62_ALPHABET}]*$`);
const PREFIXES = /* @__PURE__ */ Object.keys(TOKEN_PREFIXES) as TokenPrefix[];

/** Why `parseToken` refused a string, offline: empty, an unknown prefix, truncated, a checksum that does not match, … */
export type InvalidTokenReason =
  | 'empty'
  | 'whitespace'
  | 'not-a-runlet-token'
  | 'unknown-prefix'
  | 'invalid-character'
  | 'truncated'
  | 'too-long'
  | 'checksum-mismatch';

/** What `parseToken` found: the prefix and kind of a well-formed token, or why it is malformed and a message saying so. */
export type ParsedToken =
  | { valid: true; prefix: TokenPrefix; kind: TokenKind; description: string }
  | { valid: false; reason: InvalidTokenReason; message: string; prefix?: TokenPrefix };

const expected = /* @__PURE__ */ PREFIXES.join(', ');

function invalid(reason: InvalidTokenReason, message: string, prefix?: TokenPrefix): ParsedToken {
  return prefix ? { valid: false, reason, message, prefix } : { valid: false, reason, message };
}

/**
 * Checks a token's format and checksum offline. The result never contains the token itself, so its
 * `message` is safe to show and log.
 */
export function parseToken(token: string): ParsedToken {
  if (typeof token !== 'string' || token.length === 0) {
    return invalid('empty', 'The token is empty.');
  }
  if (token.trim() !== token) {
    return invalid(
      'whitespace',
      'The token has leading or trailing whitespace (a newline from a file or a copy-paste?); trim it.',
    );
  }
  const prefix = PREFIXES.find((p) => token.startsWith(p));
  if (!prefix) {
    const shown = /^rl_[a-z]+_/.exec(token)?.[0];
    return shown
      ? invalid('unknown-prefix', `Unknown token prefix "${shown}": Runlet tokens start with ${expected}.`)
      : invalid('not-a-runlet-token', `This is not a Runlet token: Runlet tokens start with ${expected}.`);
  }
  const body = token.slice(prefix.length);
  const what = TOKEN_PREFIXES[prefix];
  if (!BASE62.test(body)) {
    return invalid(
      'invalid-character',
      `The ${what} has a character outside 0-9A-Za-z after "${prefix}"; it looks mistyped.`,
      prefix,
    );
  }
  if (body.length < BODY_LENGTH) {
    return invalid(
      'truncated',
      `The ${what} is ${BODY_LENGTH - body.length} character(s) too short; it looks truncated. Copy it again in full.`,
      prefix,
    );
  }
  if (body.length > BODY_LENGTH) {
    return invalid(
      'too-long',
      `The ${what} is ${body.length - BODY_LENGTH} character(s) too long; two values may have run together.`,
      prefix,
    );
  }
  const random = body.slice(0, TOKEN_RANDOM_LENGTH);
  if (checksum(prefix + random) !== body.slice(TOKEN_RANDOM_LENGTH)) {
    return invalid(
      'checksum-mismatch',
      `The ${what} fails its checksum; it looks mistyped or truncated. Copy it again in full.`,
      prefix,
    );
  }
  return { valid: true, prefix, kind: prefix.slice(0, -1) as TokenKind, description: what };
}

/**
 * Whether `token` is well-formed (format and checksum), optionally of one of the given prefixes. It builds no
 * message, so a bundle that needs only the answer (the browser client) leaves `parseToken`'s messages out.
 */
export function isValidToken(token: string, prefixes?: readonly TokenPrefix[]): boolean {
  const prefix = typeof token === 'string' ? PREFIXES.find((p) => token.startsWith(p)) : undefined;
  const body = prefix ? token.slice(prefix.length) : '';
  return (
    body.length === BODY_LENGTH &&
    BASE62.test(body) &&
    checksum(prefix + body.slice(0, TOKEN_RANDOM_LENGTH)) === body.slice(TOKEN_RANDOM_LENGTH) &&
    (!prefixes || prefixes.includes(prefix as TokenPrefix))
  );
}

/** A new token: prefix, 30 random base62 characters from `crypto.getRandomValues`, checksum. */
export function createToken(prefix: TokenPrefix): string {
  if (!(prefix in TOKEN_PREFIXES)) {
    throw new TypeError(`createToken: unknown prefix ${JSON.stringify(prefix)}; use one of ${expected}.`);
  }
  const random = randomBase62(TOKEN_RANDOM_LENGTH);
  return prefix + random + checksum(prefix + random);
}

function checksum(text: string): string {
  return toBase62(crc32(text), TOKEN_CHECKSUM_LENGTH);
}
