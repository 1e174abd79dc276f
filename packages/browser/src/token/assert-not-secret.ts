import { freshHeaders } from '@runlet/core/internal';
import { SECRET_PREFIXES } from '@runlet/types/tokens';
import { percentDecodings } from './percent-decodings.js';
import { SecretKeyInBrowserError, type SecretPrefix } from './secret-key-in-browser-error.js';

const PREFIX = `(${SECRET_PREFIXES.join('|')})`;
/**
 * A value that starts with a secret prefix (even a truncated key), or a key-shaped secret inside a longer value
 * after a non-token character: `Bearer rl_live_…`, `?key=rl_sig_…`. A bare prefix inside prose (`the rl_test_
 * keys`) is not a secret.
 */
const SECRET = new RegExp(`^\\s*${PREFIX}|[^A-Za-z0-9_]${PREFIX}[0-9A-Za-z]{8}`);

/**
 * Throws `SecretKeyInBrowserError` when `value` is or contains something that looks like a secret API key or
 * signing secret (`rl_live_`, `rl_test_`, `rl_sig_`): as the value itself, after `Bearer `, in a query string,
 * also once percent-decoded (`?auth=Bearer%20rl_live_…`, `?auth%3Drl_live_…`, twice encoded `%2520`…).
 * Call it wherever a key, token, header or URL enters browser code; `where` names the source in the message,
 * e.g. `'the apiKey option'`. Anything that is not a string passes: format checks come later.
 */
export function assertNotSecret(value: unknown, where: string): void {
  if (typeof value !== 'string') return;
  for (const form of percentDecodings(value)) {
    const match = SECRET.exec(form);
    const prefix = match?.[1] ?? match?.[2];
    if (prefix) throw new SecretKeyInBrowserError({ prefix: prefix as SecretPrefix, where });
  }
}

/** `assertNotSecret` for every value of a set of headers; `where` is e.g. `POST /api/runlet-token`. */
export function assertNoSecretHeaders(headers: HeadersInit | undefined, where: string): void {
  for (const [name, value] of freshHeaders(headers)) assertNotSecret(value, `the ${name} header of ${where}`);
}

/**
 * `assertNotSecret` for the body of a request (`where` is e.g. `POST /v1/sandboxes/sbx_1/exec`): a JSON body
 * string by string, field names included and escapes (`\n`, `\u0072`) read, naming the field that holds the
 * secret (`the command field of the body of …`); any other body as text.
 */
export function assertNoSecretBody(body: string, where: string): void {
  const ofBody = `the body of ${where}`;
  try {
    JSON.parse(body, function (this: unknown, key: string, value: unknown) {
      assertNotSecret(key, `a field name in ${ofBody}`);
      assertNotSecret(value, key && !Array.isArray(this) ? `the ${key} field of ${ofBody}` : ofBody);
      return value;
    });
  } catch (error) {
    if (error instanceof SecretKeyInBrowserError) throw error;
    assertNotSecret(body, ofBody);
  }
}
