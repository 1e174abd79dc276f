import type { ClientOptions } from '@runlet/core';
import type { FetchToken, FetchTokenFromUrlOptions } from '../token/fetch-token-from-url.js';
import type { TokenManagerOptions } from '../token/token-manager-options.js';

/** Options of `new RunletBrowser()`: where tokens come from (`tokenUrl` or `getToken`) and how calls behave. */
export interface RunletBrowserOptions
  extends Pick<
    ClientOptions,
    | 'maxRetries'
    | 'timeout'
    | 'deadline'
    | 'maxRetryAfter'
    | 'maxResponseBytes'
    | 'fetch'
    | 'fetchOptions'
    | 'logger'
    | 'logLevel'
    | 'headers'
    | 'hooks'
    | 'onRetry'
  > {
  /** Your backend's token endpoint (a `createTokenHandler` from @runlet/node); POSTed with credentials. */
  tokenUrl?: string | URL;
  /** How the token endpoint is called: `headers` (CSRF), `credentials` (default 'include'), `body`. */
  tokenRequest?: Omit<FetchTokenFromUrlOptions, 'fetch'>;
  /** Instead of `tokenUrl`: any async function returning `{ token, expiresIn }`. */
  getToken?: FetchToken;
  /** The API root. @default 'https://api.runlet.dev' */
  baseURL?: string;
  /**
   * Check responses against the spec. The schemas load on first use, so the default keeps them out of
   * the page. @default 'off'
   */
  validate?: 'strict' | 'warn' | 'off';
  /** Renew in the background and on `visibilitychange`/`online`. @default true */
  autoRenew?: boolean;
  /** Told about every failed token renewal. */
  onTokenError?: TokenManagerOptions['onError'];
  /** Never accepted: a secret key must not reach a browser. */
  apiKey?: never;
}
