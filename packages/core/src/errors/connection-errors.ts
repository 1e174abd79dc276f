import { RunletError } from './runlet-error.js';

/** The request never got an answer: DNS, refused connection, reset, TLS. */
export class APIConnectionError extends RunletError {
  override name = 'APIConnectionError';
  declare readonly method: string;
  declare readonly path: string;

  constructor(init: { method: string; path: string; cause?: unknown; message?: string }) {
    super(`${init.message ?? 'Could not reach the Runlet API'}: ${init.method} ${init.path}`, { cause: init.cause });
    this.method = init.method;
    this.path = init.path;
  }
}

/** An attempt took longer than `timeout`, or the call passed its `deadline`. */
export class APITimeoutError extends APIConnectionError {
  override name = 'APITimeoutError';
  /** `timeout`: one attempt took too long; `deadline`: the whole call did. */
  declare readonly kind: 'timeout' | 'deadline';

  constructor(init: { method: string; path: string; timeout: number; what: 'timeout' | 'deadline' }) {
    super({
      ...init,
      message: `${init.what === 'timeout' ? 'The request timed out' : 'The call passed its deadline'} after ${init.timeout} ms (option \`${init.what}\`)`,
    });
    this.kind = init.what;
  }
}

/** The caller's `AbortSignal` aborted the call. */
export class APIUserAbortError extends RunletError {
  override name = 'APIUserAbortError';
  declare readonly method: string;
  declare readonly path: string;

  constructor(init: { method: string; path: string; cause?: unknown }) {
    super(`The request was aborted by its signal: ${init.method} ${init.path}`, { cause: init.cause });
    this.method = init.method;
    this.path = init.path;
  }
}
