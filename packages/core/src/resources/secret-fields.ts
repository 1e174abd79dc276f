import type { KeySecrets } from '@runlet/types';

/** `T` as `hideSecrets` leaves it: `secret` and `signingSecret` readable, but gone from a spread's type. */
export type WithHiddenSecrets<T> = Omit<T, keyof KeySecrets> & KeySecrets;

/**
 * Makes `secret` and `signingSecret` non-enumerable: the caller reads them as usual
 * (`created.secret`), but `console.log`, `util.inspect`, `JSON.stringify` and loggers never show them, and a
 * spread, `structuredClone` or JSON round trip drops them; the returned type says so (`KeySecrets`).
 */
export function hideSecrets<T extends { secret: string; signingSecret?: string }>(created: T): WithHiddenSecrets<T> {
  for (const field of ['secret', 'signingSecret'] as const) {
    if (created[field] === undefined) continue;
    Object.defineProperty(created, field, { value: created[field], enumerable: false, writable: false });
  }
  return created as unknown as WithHiddenSecrets<T>;
}
