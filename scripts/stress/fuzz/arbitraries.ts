// Inputs shared by the fuzz targets: well-formed tokens built from fast-check's randomness (so a seed repeats
// them), and strings that are valid header values.
import { crc32 } from 'node:zlib';
import { TOKEN_PREFIXES, type TokenPrefix } from '@runlet/types';
import fc from 'fast-check';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const PREFIXES = Object.keys(TOKEN_PREFIXES) as TokenPrefix[];

/** The token format of DESIGN.md: prefix + 30 base62 + CRC-32 of both in base62, padded to 6. */
export function tokenOf(prefix: string, random: string): string {
  let value = crc32(prefix + random);
  let checksum = '';
  do {
    checksum = BASE62[value % 62] + checksum;
    value = Math.floor(value / 62);
  } while (value > 0);
  return prefix + random + checksum.padStart(6, '0');
}

const base62Char = fc.constantFrom(...BASE62);

/** A well-formed token of one of `prefixes`. */
export const validToken = (prefixes: readonly TokenPrefix[] = PREFIXES) =>
  fc
    .tuple(fc.constantFrom(...prefixes), fc.string({ unit: base62Char, minLength: 30, maxLength: 30 }))
    .map(([prefix, random]) => tokenOf(prefix, random));

/** Something a token field may hold: real tokens, near-tokens, junk. */
export const tokenLike = fc.oneof(
  validToken(),
  fc
    .tuple(
      fc.constantFrom(...PREFIXES, 'rl_', 'rl_LIVE_', 'sk_live_', 'Bearer rl_live_', ''),
      fc.string({ unit: base62Char, maxLength: 45 }),
    )
    .map(([prefix, rest]) => prefix + rest),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

/** A valid header value (printable ASCII). */
export const headerValue = fc.string({ maxLength: 80 });

/** A JSON document, or a JSON document cut short. */
export const jsonText = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.tuple(fc.json({ maxDepth: 3 }), fc.nat()).map(([text, cut]) => text.slice(0, cut % (text.length + 1))),
);
