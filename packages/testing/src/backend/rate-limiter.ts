import type { TierLimits } from '../runlet-backend.js';

const HOUR = 3_600_000;
const SECOND = 1000;

/** A subject's limits and where it stands, as reported in `X-RateLimit-*`. */
export interface RateLimitSnapshot {
  limit: number;
  remaining: number;
  /** End of the hourly window, unix seconds. */
  reset: number;
  burst: number;
}

export interface RateDecision extends RateLimitSnapshot {
  allowed: boolean;
  /** Seconds until a request would be allowed again (0 when allowed). */
  retryAfter: number;
}

interface Bucket {
  windowStart: number;
  count: number;
  /** Arrival times of the requests of the last second. */
  recent: number[];
}

export interface RateLimiter {
  /** Counts a request unless it is refused; refuses only when `enforce`. */
  consume(subject: string, limits: TierLimits, now: number, enforce: boolean): RateDecision;
  /** Where a subject stands, without counting anything. */
  peek(subject: string, limits: TierLimits, now: number): RateLimitSnapshot;
  clear(): void;
}

/** Fixed hourly windows aligned to UTC hours, and a sliding one-second window for the burst limit. */
export function createRateLimiter(): RateLimiter {
  const buckets = new Map<string, Bucket>();

  const bucketOf = (subject: string, now: number): Bucket => {
    const windowStart = Math.floor(now / HOUR) * HOUR;
    let bucket = buckets.get(subject);
    if (!bucket || bucket.windowStart !== windowStart) {
      bucket = { windowStart, count: 0, recent: bucket?.recent ?? [] };
      buckets.set(subject, bucket);
    }
    bucket.recent = bucket.recent.filter((time) => time > now - SECOND && time <= now);
    return bucket;
  };

  const snapshot = (bucket: Bucket, limits: TierLimits): RateLimitSnapshot => ({
    limit: limits.limit,
    remaining: Math.max(0, limits.limit - bucket.count),
    reset: (bucket.windowStart + HOUR) / SECOND,
    burst: limits.burst,
  });

  return {
    consume(subject, limits, now, enforce) {
      const bucket = bucketOf(subject, now);
      const overHour = bucket.count >= limits.limit;
      const overBurst = bucket.recent.length >= limits.burst;
      if (enforce && (overHour || overBurst)) {
        const waitMs = overHour ? bucket.windowStart + HOUR - now : (bucket.recent[0] ?? now) + SECOND - now;
        return { ...snapshot(bucket, limits), allowed: false, retryAfter: Math.max(1, Math.ceil(waitMs / SECOND)) };
      }
      bucket.count++;
      bucket.recent.push(now);
      return { ...snapshot(bucket, limits), allowed: true, retryAfter: 0 };
    },
    peek: (subject, limits, now) => snapshot(bucketOf(subject, now), limits),
    clear: () => buckets.clear(),
  };
}
