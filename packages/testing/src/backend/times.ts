/** An RFC 3339 UTC time in whole seconds: `2026-01-01T00:00:00Z`. */
export function toTimestamp(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function toTimestampOrNull(ms: number | null): string | null {
  return ms === null ? null : toTimestamp(ms);
}

export function toUnixSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}

/** The UTC calendar date of `ms`: `2026-01-01`. */
export function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
