import { utcDate } from './times.js';

const DAY = 86_400_000;
const WINDOW_DAYS = 30;

export interface UsageDay {
  date: string;
  requests: number;
  errors: number;
}

export interface UsageTracker {
  record(keyId: string, now: number, isError: boolean): void;
  /** The days of the last 30 (UTC, today included) with any request, oldest first. */
  days(keyId: string, now: number): UsageDay[];
  clear(): void;
}

/** Request and error counts per key and UTC day. */
export function createUsageTracker(): UsageTracker {
  const byKey = new Map<string, Map<string, UsageDay>>();
  return {
    record(keyId, now, isError) {
      const days = byKey.get(keyId) ?? new Map<string, UsageDay>();
      byKey.set(keyId, days);
      const date = utcDate(now);
      const day = days.get(date) ?? { date, requests: 0, errors: 0 };
      day.requests++;
      if (isError) day.errors++;
      days.set(date, day);
    },
    days(keyId, now) {
      const first = utcDate(now - (WINDOW_DAYS - 1) * DAY);
      const today = utcDate(now);
      return [...(byKey.get(keyId)?.values() ?? [])]
        .filter((day) => day.date >= first && day.date <= today)
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((day) => ({ ...day }));
    },
    clear: () => byKey.clear(),
  };
}
