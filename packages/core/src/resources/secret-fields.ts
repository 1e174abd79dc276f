/**
 * Makes `secret` and `signingSecret` non-enumerable: the caller reads them as usual
 * (`created.secret`), but `console.log`, `util.inspect`, `JSON.stringify` and loggers never show them.
 */
export function hideSecrets<T extends { secret: string; signingSecret?: string }>(created: T): T {
  for (const field of ['secret', 'signingSecret'] as const) {
    if (created[field] === undefined) continue;
    Object.defineProperty(created, field, { value: created[field], enumerable: false, writable: false });
  }
  return created;
}
