// Ours: ms and parse-duration accept what we refuse (1.5h, -1h, 10 m, a bare number), so this grammar stays anyway.
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 } as const;
const PART = /(\d+)([smhdw])/gy;

/**
 * Seconds in a duration such as `30s`, `10m`, `1h`, `7d`, `30d`, `2w` or `1h30m`; `0` needs no unit.
 * Throws a `RangeError` whose message says how to write one.
 *
 * @example parseDuration('1h30m') // 5400
 */
export function parseDuration(text: string): number {
  const value = text.trim();
  if (value === '0') return 0;
  if (/^\d+$/.test(value)) {
    throw new RangeError(`"${value}" has no unit: write ${value}s, ${value}m, ${value}h or ${value}d.`);
  }
  let seconds = 0;
  let end = 0;
  PART.lastIndex = 0;
  for (let match = PART.exec(value); match !== null; match = PART.exec(value)) {
    seconds += Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS];
    end = PART.lastIndex;
  }
  if (value === '' || end !== value.length) {
    throw new RangeError(
      `"${value}" is not a duration: write a number and a unit (s, m, h, d or w), like 30s, 10m, 1h, 7d or 1h30m.`,
    );
  }
  if (!Number.isSafeInteger(seconds)) throw new RangeError(`"${value}" is too long a duration.`);
  return seconds;
}

/** A duration in seconds written the way `parseDuration` reads it: `1h30m`, `7d`, `45s`, `0s`. */
export function formatDuration(totalSeconds: number): string {
  if (totalSeconds <= 0) return '0s';
  let rest = Math.round(totalSeconds);
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join('');
}

/** An API timestamp (RFC 3339, whole seconds, UTC) `seconds` from now. */
export function secondsFromNow(seconds: number, now = Date.now()): string {
  return new Date(now + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
