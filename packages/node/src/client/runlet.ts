import { type APIPromise, type CallOptions, type RateLimitState, RunletClient, RunletError } from '@runlet/core';
import { Agents, assertBaseURL, Keys, LazyTransport, Runs, Sandboxes, Tokens } from '@runlet/core/internal';
import type { Schemas } from '@runlet/types';
import { resolveCredentials } from '../credentials/resolve-credentials.js';

import { VERSION } from '../version.js';

import { logLevelFromEnv } from './log-level-from-env.js';
import { nodeAuth } from './node-auth.js';
import type { RunletOptions } from './runlet-options.js';

/**
 * The Runlet SDK for servers. Credentials come from the options, then `RUNLET_*` environment variables,
 * then the config file, and are read at the first request.
 *
 * @example
 * const runlet = new Runlet(); // RUNLET_API_KEY
 * const me = await runlet.me();
 * for await (const key of runlet.keys.list()) console.log(key.name);
 */
export class Runlet {
  readonly keys: Keys;
  readonly tokens: Tokens;
  readonly sandboxes: Sandboxes;
  readonly agents: Agents;
  readonly runs: Runs;
  readonly #options: RunletOptions;
  readonly #transport: LazyTransport;
  /** The core client being built (credentials are read at the first request), then built. */
  #building: Promise<RunletClient> | undefined;
  /** The core client once built, for what is read synchronously (`lastRateLimit`, `toJSON`). */
  #client: RunletClient | undefined;

  constructor(options: RunletOptions = {}) {
    if (isBrowserLike() && !options.dangerouslyAllowBrowser) {
      throw new RunletError(
        '@runlet/node is running in a browser-like environment, where a secret API key is readable by anyone who ' +
          'opens the page. Use @runlet/browser with short-lived client tokens minted by your backend ' +
          '(createTokenHandler), or pass dangerouslyAllowBrowser: true if you understand the risk.',
      );
    }
    if (options.baseURL !== undefined) assertBaseURL(options.baseURL, 'the `baseURL` option');
    this.#options = options;
    this.#transport = new LazyTransport(() => this.client());
    this.keys = new Keys(this.#transport);
    this.tokens = new Tokens(this.#transport);
    this.sandboxes = new Sandboxes(this.#transport);
    this.agents = new Agents(this.#transport);
    this.runs = new Runs(this.#transport);
  }

  /** The key or client token this client authenticates as. */
  me(options?: CallOptions): APIPromise<Schemas['Principal']> {
    return this.#transport.call((c) => c.get('/v1/me', options));
  }

  /** The typed core client, for calls by path: `(await runlet.client()).get('/v1/me')`. */
  client(): Promise<RunletClient> {
    this.#building ??= this.#build().catch((error: unknown) => {
      this.#building = undefined; // a later request may find credentials that appeared since
      throw error;
    });
    return this.#building;
  }

  /** The rate-limit state of the last response. */
  get lastRateLimit(): RateLimitState | undefined {
    return this.#client?.lastRateLimit;
  }

  /** The request id of the last response. */
  get lastRequestId(): string | undefined {
    return this.#client?.lastRequestId;
  }

  /** A client with the same settings and `overrides` on top. */
  withOptions(overrides: RunletOptions): Runlet {
    return new Runlet({ ...this.#options, ...overrides });
  }

  async #build(): Promise<RunletClient> {
    const {
      env = process.env,
      apiKey,
      baseURL,
      signingSecret,
      profile,
      dangerouslyAllowBrowser,
      ...rest
    } = this.#options;
    const credentials = await resolveCredentials({
      options: {
        ...(apiKey !== undefined && { apiKey }),
        ...(baseURL !== undefined && { baseURL }),
        ...(signingSecret !== undefined && { signingSecret }),
        ...(profile !== undefined && { profile }),
      },
      env,
    });
    // The option is taken as it is, so that core refuses a typo in code; the environment is forgiving; else core's default.
    const logLevel = rest.logLevel ?? logLevelFromEnv(env.RUNLET_LOG, rest.logger);
    this.#client = new RunletClient({
      ...rest,
      ...(logLevel !== undefined && { logLevel }),
      baseURL: credentials.baseURL,
      auth: nodeAuth(credentials),
      clientName: `runlet-node/${VERSION}`,
    });
    return this.#client;
  }

  toJSON() {
    return {
      baseURL: this.#client?.baseURL ?? this.#options.baseURL ?? '(resolved at the first request)',
      ...this.#client?.toJSON(),
    };
  }

  toString() {
    return `Runlet ${JSON.stringify(this.toJSON())}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')]() {
    return this.toString();
  }
}

function isBrowserLike(): boolean {
  const g = globalThis as Record<string, unknown>;
  return typeof g.window === 'object' && typeof g.document === 'object';
}
