import {
  Agents,
  type APIPromise,
  type CallOptions,
  LazyTransport,
  type RateLimitState,
  RunletClient,
  RunletError,
  Runs,
  Sandboxes,
} from '@runlet/core';
import type { Schemas } from '@runlet/types';
import { assertNotSecret } from '../token/assert-not-secret.js';
import { fetchTokenFromUrl } from '../token/fetch-token-from-url.js';
import { createTokenAuth } from '../token/token-auth.js';
import { TokenManager } from '../token/token-manager.js';
import { VERSION } from '../version.js';
import type { RunletBrowserOptions } from './runlet-browser-options.js';

/**
 * The Runlet client for browsers, web workers and edge runtimes. It never holds a secret key: it gets
 * short-lived client tokens from your backend, keeps them in memory, renews them ahead of expiry and
 * calls the API with them.
 *
 * @example
 * const runlet = new RunletBrowser({ tokenUrl: '/api/runlet-token' });
 * const { data } = await runlet.sandboxes.list();
 */
export class RunletBrowser {
  readonly sandboxes: Sandboxes;
  readonly agents: Agents;
  readonly runs: Runs;
  readonly #client: RunletClient;
  readonly #tokens: TokenManager;
  readonly #transport: LazyTransport;

  constructor(options: RunletBrowserOptions) {
    const raw = (options ?? {}) as RunletBrowserOptions & Record<string, unknown>;
    for (const field of ['apiKey', 'token', 'secret', 'signingSecret']) {
      if (raw[field] !== undefined) assertNotSecret(raw[field], `the ${field} option`);
    }
    if (raw.apiKey !== undefined || raw.token !== undefined) {
      throw new RunletError(
        'RunletBrowser takes no key or token directly: pass tokenUrl (your backend endpoint made with createTokenHandler from @runlet/node) or getToken.',
      );
    }
    if (!options?.tokenUrl === !options?.getToken) {
      throw new RunletError(
        'Pass exactly one of tokenUrl (your backend endpoint made with createTokenHandler from @runlet/node) or getToken (an async function returning { token, expiresIn }).',
      );
    }
    const { tokenUrl, tokenRequest, getToken, autoRenew, onTokenError, validate, ...client } = options;
    const fetchToken =
      getToken ??
      fetchTokenFromUrl(tokenUrl as string | URL, { ...tokenRequest, ...(client.fetch && { fetch: client.fetch }) });
    this.#tokens = new TokenManager({
      fetchToken,
      ...(autoRenew !== undefined && { autoRenew }),
      ...(onTokenError && { onError: onTokenError }),
    });
    this.#client = new RunletClient({
      ...client,
      validate: validate ?? 'off',
      auth: createTokenAuth(this.#tokens),
      clientName: `runlet-browser/${VERSION}`,
    });
    this.#transport = new LazyTransport(() => Promise.resolve(this.#client));
    this.sandboxes = new Sandboxes(this.#transport);
    this.agents = new Agents(this.#transport);
    this.runs = new Runs(this.#transport);
  }

  /** The client token this client calls with: its scopes, subject and expiry. */
  me(options?: CallOptions): APIPromise<Schemas['Principal']> {
    return this.#client.get('/v1/me', options);
  }

  /** The typed core client, for calls by path. */
  get client(): RunletClient {
    return this.#client;
  }

  get lastRateLimit(): RateLimitState | undefined {
    return this.#client.lastRateLimit;
  }

  get lastRequestId(): string | undefined {
    return this.#client.lastRequestId;
  }

  /** Stops renewal timers and listeners and drops the token; later calls fail. */
  dispose(): void {
    this.#tokens.dispose();
  }

  toJSON() {
    return { baseURL: this.#client.baseURL, auth: this.#tokens.describe() };
  }

  toString() {
    return `RunletBrowser ${JSON.stringify(this.toJSON())}`;
  }
}
