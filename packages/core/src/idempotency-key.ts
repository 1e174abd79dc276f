/** A fresh idempotency key for one logical call, kept across its attempts. */
export function createIdempotencyKey(): string {
  return `rl-idem-${crypto.randomUUID()}`;
}
