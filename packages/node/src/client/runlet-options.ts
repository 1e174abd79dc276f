import type { ClientOptions } from '@runlet/core';
import type { CredentialOptions } from '../credentials/resolve-credentials.js';

/** Options of `new Runlet()`. Every credential falls back to the environment, then the config file. */
export interface RunletOptions
  extends CredentialOptions,
    Pick<
      ClientOptions,
      | 'maxRetries'
      | 'timeout'
      | 'deadline'
      | 'maxRetryAfter'
      | 'fetch'
      | 'fetchOptions'
      | 'logger'
      | 'logLevel'
      | 'validate'
      | 'maxResponseBytes'
      | 'headers'
      | 'hooks'
      | 'onRetry'
    > {
  /** The environment to read `RUNLET_*` variables from. @default process.env */
  env?: Record<string, string | undefined>;
  /**
   * Allow running in a browser-like runtime. A secret key in a browser is readable by anyone who opens
   * the page: use `@runlet/browser` with client tokens instead. @default false
   */
  dangerouslyAllowBrowser?: boolean;
}
