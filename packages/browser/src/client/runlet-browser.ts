import { type APIPromise, type CallOptions, type RateLimitState, RunletClient, RunletError } from '@runlet/core';
import { Agents, assertBaseURL, LazyTransport, Runs, Sandboxes } from '@runlet/core/internal';
import type { Schemas } from '@runlet/types';
import { assertNoSecretBody, assertNoSecretHeaders, assertNotSecret } from '../token/assert-not-secret.js';
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

  constructor(options: RunletBrowserOptions) {
    const raw = (options ?? {}) as RunletBrowserOptions & Record<string, unknown>;
    // Before anything is made (a token manager listens for page events): core's https-unless-loopback rule.
    if (raw.baseURL !== undefined) assertBaseURL(raw.baseURL as string, 'the `baseURL` option');
    for (const field of ['apiKey', 'token', 'secret', 'signingSecret', 'baseURL'])
      assertNotSecret(raw[field], `the ${field} option`);
    assertNotSecret(raw.tokenUrl?.toString(), 'tokenUrl');
    assertNoSecretHeaders(raw.headers, 'every request (the headers option)');
    const { headers: tokenHeaders, body: tokenBody } = raw.tokenRequest ?? {};
    if (typeof tokenHeaders !== 'function') assertNoSecretHeaders(tokenHeaders, 'the token request (tokenRequest)');
    assertNoSecretBody(JSON.stringify(tokenBody ?? {}), 'the token request (tokenRequest)');
    if (raw.apiKey !== undefined || raw.token !== undefined || !raw.tokenUrl === !raw.getToken) {
      throw new RunletError(
        'RunletBrowser needs exactly one of tokenUrl (your createTokenHandler endpoint, from @runlet/node) or ' +
          'getToken (an async function returning { token, expiresIn }), never a key or token.',
      );
    }
    const { tokenUrl, tokenRequest, getToken, autoRenew, onTokenError, validate, ...client } = options;
    const fetchToken =
      getToken ??
      fetchTokenFromUrl(tokenUrl as string | URL, { ...tokenRequest, ...(client.fetch && { fetch: client.fetch }) });
    this.#tokens = new TokenManager({ fetchToken, autoRenew, onError: onTokenError });
    this.#client = new RunletClient({
      ...client,
      validate: validate ?? 'off',
      auth: createTokenAuth(this.#tokens),
      clientName: `runlet-browser/${VERSION}`,
    });
    const transport = new LazyTransport(() => Promise.resolve(this.#client));
    this.sandboxes = new Sandboxes(transport);
    this.agents = new Agents(transport);
    this.runs = new Runs(transport);
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
