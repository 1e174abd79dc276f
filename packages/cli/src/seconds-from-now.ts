/** An API timestamp (RFC 3339, whole seconds, UTC) `seconds` from now. */
export function secondsFromNow(seconds: number, now = Date.now()): string {
  return new Date(now + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
