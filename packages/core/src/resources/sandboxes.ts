import type { CreateSandboxRequest, ExecRequest, ExecResult, Sandbox } from '@runlet/types';
import type { APIPromise } from '../client/api-promise.js';
import type { CallOptions } from '../client/typed-paths.js';
import type { PagePromise } from '../pagination/page.js';
import type { LazyTransport } from './lazy-transport.js';
import type { ListQuery } from './list-query.js';

/** `runlet.sandboxes`: isolated code sandboxes. */
export class Sandboxes {
  readonly #transport: LazyTransport;

  constructor(transport: LazyTransport) {
    this.#transport = transport;
  }

  create(body: CreateSandboxRequest = {}, options?: CallOptions): APIPromise<Sandbox> {
    return this.#transport.call((c) => c.post('/v1/sandboxes', { ...options, body }));
  }

  list(query: ListQuery = {}, options?: CallOptions): PagePromise<Sandbox> {
    return this.#transport.page((c) => c.list('/v1/sandboxes', { ...options, params: { query } }));
  }

  retrieve(sandboxId: string, options?: CallOptions): APIPromise<Sandbox> {
    return this.#transport.call((c) =>
      c.get('/v1/sandboxes/{sandboxId}', { ...options, params: { path: { sandboxId } } }),
    );
  }

  delete(sandboxId: string, options?: CallOptions): APIPromise<Sandbox> {
    return this.#transport.call((c) =>
      c.delete('/v1/sandboxes/{sandboxId}', { ...options, params: { path: { sandboxId } } }),
    );
  }

  pause(sandboxId: string, options?: CallOptions): APIPromise<Sandbox> {
    return this.#transport.call((c) =>
      c.post('/v1/sandboxes/{sandboxId}/pause', { ...options, params: { path: { sandboxId } } }),
    );
  }

  resume(sandboxId: string, options?: CallOptions): APIPromise<Sandbox> {
    return this.#transport.call((c) =>
      c.post('/v1/sandboxes/{sandboxId}/resume', { ...options, params: { path: { sandboxId } } }),
    );
  }

  /** Runs a shell command in a running sandbox. */
  exec(sandboxId: string, body: ExecRequest, options?: CallOptions): APIPromise<ExecResult> {
    return this.#transport.call((c) =>
      c.post('/v1/sandboxes/{sandboxId}/exec', { ...options, params: { path: { sandboxId } }, body }),
    );
  }
}
