const ESCAPE = /%([\da-f]{2})/gi;
/** More layers than any URL gets by accident; the cap keeps a pathological `%252525…` input linear. */
const MAX_LAYERS = 32;

/**
 * `value`, then `value` percent-decoded again and again (`Bearer%2520rl_live_…` → `Bearer%20rl_live_…` →
 * `Bearer rl_live_…`) until nothing changes, `+` read as a space, as a query string means it. Never throws: a
 * malformed `%` sequence stays as it is, and an escaped byte outside ASCII (part of a UTF-8 character) becomes
 * U+FFFD, a separator like any other non-token character. For finding secrets and showing where they were; never
 * for sending.
 */
export function* percentDecodings(value: string): Generator<string> {
  let current = value;
  yield current;
  for (let layer = 0; layer < MAX_LAYERS; layer++) {
    const next = current.replace(/\+/g, ' ').replace(ESCAPE, (_, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code < 0x80 ? String.fromCharCode(code) : '\uFFFD';
    });
    if (next === current) return;
    current = next;
    yield current;
  }
}
