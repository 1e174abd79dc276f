import type { APIPromise, CallOptions, PagePromise } from '@runlet/core';
import type { Schemas } from '@runlet/types';
import type { LazyTransport } from '../client/lazy-transport.js';
import type { ListQuery } from './keys.js';

/** `runlet.sandboxes`: isolated code sandboxes. */
export class Sandboxes {
  readonly #t: LazyTransport;

  constructor(transport: LazyTransport) {
    this.#t = transport;
  }

  create(body: Schemas['CreateSandboxRequest'] = {}, options?: CallOptions): APIPromise<Schemas['Sandbox']> {
    return this.#t.call((c) => c.post('/v1/sandboxes', { ...options, body }));
  }

  list(query: ListQuery = {}, options?: CallOptions): PagePromise<Schemas['Sandbox']> {
    return this.#t.page((c) => c.list('/v1/sandboxes', { ...options, params: { query } }));
  }

  retrieve(sandboxId: string, options?: CallOptions): APIPromise<Schemas['Sandbox']> {
    return this.#t.call((c) => c.get('/v1/sandboxes/{sandboxId}', { ...options, params: { path: { sandboxId } } }));
  }

  delete(sandboxId: string, options?: CallOptions): APIPromise<Schemas['Sandbox']> {
    return this.#t.call((c) => c.delete('/v1/sandboxes/{sandboxId}', { ...options, params: { path: { sandboxId } } }));
  }

  pause(sandboxId: string, options?: CallOptions): APIPromise<Schemas['Sandbox']> {
    return this.#t.call((c) =>
      c.post('/v1/sandboxes/{sandboxId}/pause', { ...options, params: { path: { sandboxId } } }),
    );
  }

  resume(sandboxId: string, options?: CallOptions): APIPromise<Schemas['Sandbox']> {
    return this.#t.call((c) =>
      c.post('/v1/sandboxes/{sandboxId}/resume', { ...options, params: { path: { sandboxId } } }),
    );
  }

  /** Runs a shell command in a running sandbox. */
  exec(sandboxId: string, body: Schemas['ExecRequest'], options?: CallOptions): APIPromise<Schemas['ExecResult']> {
    return this.#t.call((c) =>
      c.post('/v1/sandboxes/{sandboxId}/exec', { ...options, params: { path: { sandboxId } }, body }),
    );
  }
}
