// The one redaction of secrets, for every package: errors, logs, `inspect`, and the reference backend's messages.
const TOKEN = /\brl_(?:live|test|ct|sig)_[0-9A-Za-z]+/g;
const BEARER = /\b(Bearer\s+)([^\s"',]+)/gi;
const SENSITIVE_HEADERS = /* @__PURE__ */ new Set([
  'authorization',
  'x-api-key',
  'x-signature',
  'cookie',
  'set-cookie',
]);

/**
 * Shows at most a secret's prefix and its last four characters: `rl_live_…k2m9`. Anything that is not a
 * Runlet token is shown only by its last four characters.
 */
export function redactSecret(secret: string): string {
  const prefix = /^rl_(?:live|test|ct|sig)_/.exec(secret)?.[0] ?? '';
  const rest = secret.slice(prefix.length);
  if (rest.length <= 8) return `${prefix}…`;
  return `${prefix}…${rest.slice(-4)}`;
}

/** Redacts every Runlet token and Bearer credential inside a piece of text. */
export function redactText(text: string): string {
  return text
    .replace(TOKEN, (token) => redactSecret(token))
    .replace(BEARER, (_, lead: string, value: string) =>
      value.startsWith('rl_') && value.includes('…') ? lead + value : lead + redactSecret(value),
    );
}

/** A plain object of headers with credentials redacted, for logs and errors. */
export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  return Object.fromEntries(
    entries.map(([name, value]) => [
      name,
      SENSITIVE_HEADERS.has(name.toLowerCase()) ? redactText(redactAll(value)) : redactText(value),
    ]),
  );
}

function redactAll(value: string): string {
  const bearer = /^(Bearer\s+)(.*)$/i.exec(value);
  return bearer ? `${bearer[1]}${redactSecret(bearer[2] ?? '')}` : redactSecret(value);
}

/** Deeply redacts every string in a JSON-like value (for logging request and response bodies). */
export function redactValue<T>(value: T): T {
  if (typeof value === 'string') return redactText(value) as T;
  if (Array.isArray(value)) return value.map(redactValue) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        /secret|token|apikey|password/i.test(k) && typeof v === 'string' ? redactSecret(v) : redactValue(v),
      ]),
    ) as T;
  }
  return value;
}
