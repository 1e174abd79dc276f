import { RunletError } from './runlet-error.js';

/** The request never got an answer: DNS, refused connection, reset, TLS. */
export class APIConnectionError extends RunletError {
  override name = 'APIConnectionError';
  declare readonly method: string;
  declare readonly path: string;

  constructor(init: { method: string; path: string; cause?: unknown; message?: string; origin?: string }) {
    const reason = init.message ? '' : describeCause(init.cause);
    const message = init.message ?? `Could not reach the Runlet API${init.origin ? ` at ${init.origin}` : ''}${reason}`;
    super(`${message}: ${init.method} ${init.path}`, { cause: init.cause });
    this.method = init.method;
    this.path = init.path;
  }
}

/**
 * Why a request got no answer, from the innermost cause that says (`ECONNREFUSED`, `ENOTFOUND`, a TLS error):
 * fetch wraps it as `TypeError: fetch failed` with the reason in `cause`.
 */
function describeCause(cause: unknown): string {
  let code: string | undefined;
  let detail: string | undefined;
  for (let current = cause, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const errorCode = (current as { code?: unknown }).code;
    if (typeof errorCode === 'string') code = errorCode;
    if (current.message && current.message !== 'fetch failed') detail = current.message;
  }
  if (!code && !detail) return '';
  return ` (${[code, detail && detail !== code ? detail : undefined].filter(Boolean).join(': ')})`;
}

/** An attempt took longer than `timeout`, or the call passed its `deadline`. */
export class APITimeoutError extends APIConnectionError {
  override name = 'APITimeoutError';
  /** `timeout`: one attempt took too long; `deadline`: the whole call did. */
  declare readonly kind: 'timeout' | 'deadline';

  constructor(init: { method: string; path: string; timeout: number; kind: 'timeout' | 'deadline' }) {
    super({
      ...init,
      message: `${init.kind === 'timeout' ? 'The request timed out' : 'The call passed its deadline'} after ${init.timeout} ms (option \`${init.kind}\`)`,
    });
    this.kind = init.kind;
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
