/** What the test page exposes as `window.runletPage`; every value crosses `page.evaluate`, so it is plain data. */
export interface PageApi {
  /** Replaces the page's client with `new RunletBrowser(options)`. */
  open(options: PageClientOptions): Outcome<null>;
  /** `new RunletBrowser(options)` with anything at all, to see what it refuses; the client is disposed at once. */
  construct(options: Record<string, unknown>): Outcome<null>;
  me(): Promise<Outcome<PrincipalSummary>>;
  /** `count` calls of `me()` started together; the token id each one was answered with. */
  meConcurrently(count: number): Promise<Outcome<(string | null)[]>>;
  /** POST /v1/sandboxes, then POST /v1/sandboxes/{id}/exec with `echo`. */
  createSandboxAndExec(text: string): Promise<Outcome<{ sandboxId: string; stdout: string; exitCode: number }>>;
  /** POST /v1/sandboxes, then exec `echo` with `stream: true`: the event types as they arrived, and `result()`. */
  createSandboxAndExecStream(
    text: string,
  ): Promise<Outcome<{ types: string[]; stdout: string; exitCode: number; lastEventId: string | undefined }>>;
  /** `client.request(method, path, { body })` on the page's client: a call by path, the path sent as given. */
  request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Outcome<null>>;
  /** What the client read from the last response's headers (CORS must expose them). */
  lastResponse(): { requestId: string | undefined; rateLimitLimit: number | undefined };
  /** `String(client)` and `JSON.stringify(client)`: what a log line would show. */
  describe(): string[];
  /** Whatever the page persisted: storage entries and cookies readable by script. */
  persisted(): { localStorage: number; sessionStorage: number; cookie: string };
  /** Runs `new RunletBrowser(options).me()` inside a module Web Worker started from `/worker.js`. */
  meInWorker(options: PageClientOptions): Promise<Outcome<PrincipalSummary>>;
  dispose(): void;
}

/** The data-only subset of `RunletBrowserOptions` a test can pass into the page. */
export interface PageClientOptions {
  tokenUrl: string;
  baseURL: string;
  autoRenew?: boolean;
  maxRetries?: number;
  headers?: Record<string, string>;
  tokenRequest?: { headers?: Record<string, string>; body?: unknown; credentials?: RequestCredentials };
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ErrorSummary };

/** A thrown error as plain data. */
export interface ErrorSummary {
  name: string;
  message: string;
  isRunletError: boolean;
  code?: string;
  status?: number;
  final?: boolean;
  prefix?: string;
  /** `SecretKeyInBrowserError.where`. */
  where?: string;
  /** `InvalidOptionError.option`. */
  option?: string;
}

export interface PrincipalSummary {
  type: string;
  tokenId: string | null;
  keyId: string;
  scopes: string[];
  subject: string | null;
}
