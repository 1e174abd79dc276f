import { SECRET_PREFIXES } from '@runlet/types/tokens';
import { SecretKeyInBrowserError } from './secret-key-in-browser-error.js';

/**
 * Throws `SecretKeyInBrowserError` when `value` looks like a secret API key or signing secret. Call it
 * wherever a key or token enters browser code; `where` names the source in the message, e.g.
 * `'the apiKey option'`. Anything that is not a string passes: format checks come later.
 */
export function assertNotSecret(value: unknown, where: string): void {
  if (typeof value !== 'string') return;
  const trimmed = value.trimStart();
  const prefix = SECRET_PREFIXES.find((p) => trimmed.startsWith(p));
  if (prefix) throw new SecretKeyInBrowserError({ prefix, where });
}
