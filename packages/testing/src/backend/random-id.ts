const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `prefix` and `length` random base62 characters from `crypto.getRandomValues`: `randomId('key_')`. */
export function randomId(prefix: string, length = 16): string {
  let out = prefix;
  const bytes = new Uint8Array(length * 2);
  while (out.length < prefix.length + length) {
    crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      // 248 = 4 × 62: rejecting larger bytes keeps every character equally likely.
      if (byte < 248 && out.length < prefix.length + length) out += ALPHABET[byte % 62];
    }
  }
  return out;
}
