import { SECRET_PREFIXES } from '@runlet/types/tokens';
import { SecretKeyInBrowserError, type SecretPrefix } from './secret-key-in-browser-error.js';

/** A secret prefix at the start of a value or after a non-token character: `rl_live_…`, `Bearer rl_test_…`, `?key=rl_sig_…`. */
const SECRET = new RegExp(`(?:^|[^A-Za-z0-9_])(${SECRET_PREFIXES.join('|')})`);

/**
 * Throws `SecretKeyInBrowserError` when `value` is or contains something that looks like a secret API key or
 * signing secret (`rl_live_`, `rl_test_`, `rl_sig_`): as the value itself, after `Bearer `, in a query string.
 * Call it wherever a key, token, header or URL enters browser code; `where` names the source in the message,
 * e.g. `'the apiKey option'`. Anything that is not a string passes: format checks come later.
 */
export function assertNotSecret(value: unknown, where: string): void {
  if (typeof value !== 'string') return;
  const prefix = SECRET.exec(value)?.[1];
  if (prefix) throw new SecretKeyInBrowserError({ prefix: prefix as SecretPrefix, where });
}

/** `assertNotSecret` for every value of a set of headers; `where` is e.g. `POST /api/runlet-token`. */
export function assertNoSecretHeaders(headers: HeadersInit | undefined, where: string): void {
  for (const [name, value] of new Headers(headers)) assertNotSecret(value, `the ${name} header of ${where}`);
}
