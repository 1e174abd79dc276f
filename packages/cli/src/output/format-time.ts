/** An API timestamp for people: `2026-01-01 10:00 UTC (in 29d)`, or `fallback` for null. */
export function formatTime(iso: string | null, fallback = 'never', now = Date.now()): string {
  if (iso === null) return fallback;
  return `${iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC')} (${relativeTime(iso, now)})`;
}

/** How far a timestamp is from now: `in 29d`, `3m ago`, `just now`; `—` for null. */
export function relativeTime(iso: string | null, now = Date.now()): string {
  if (iso === null) return '—';
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const size = Math.abs(seconds);
  if (size < 10) return 'just now';
  const minutes = Math.round(size / 60);
  const hours = Math.round(size / 3600);
  const [amount, unit] =
    size < 60
      ? [size, 's']
      : minutes < 60
        ? [minutes, 'm']
        : hours < 24
          ? [hours, 'h']
          : [Math.round(size / 86_400), 'd'];
  return seconds > 0 ? `in ${amount}${unit}` : `${amount}${unit} ago`;
}
