import { RunletError, redactText } from '@runlet/core';
import { TOKEN_PREFIXES } from '@runlet/types/tokens';
import { percentDecodings } from './percent-decodings.js';

/** The prefixes of values that are secrets and must never reach a browser. */
export type SecretPrefix = 'rl_live_' | 'rl_test_' | 'rl_sig_';

/**
 * A secret API key or signing secret reached browser code. Thrown at once, never retried, and the value is
 * neither stored nor shown: the message names only its prefix.
 */
export class SecretKeyInBrowserError extends RunletError {
  override name = 'SecretKeyInBrowserError';
  readonly prefix: SecretPrefix;
  /** Where the secret came from, e.g. `the apiKey option`. */
  readonly where: string;

  constructor(init: { prefix: SecretPrefix; where: string }) {
    // `where` may hold the secret itself (a URL with the key as a path segment, percent-encoded or not): only
    // its decoded, redacted form is kept.
    const where = redactText([...percentDecodings(init.where)].pop() ?? init.where);
    super(
      `A ${TOKEN_PREFIXES[init.prefix]} (${init.prefix}…) reached the browser as ${where}. ` +
        'Never ship a secret key to the browser; have your backend mint a short-lived client token with ' +
        'createTokenHandler from @runlet/node and pass its URL as tokenUrl. ' +
        'If it was ever deployed, treat it as leaked and rotate it.',
    );
    this.prefix = init.prefix;
    this.where = where;
  }
}
