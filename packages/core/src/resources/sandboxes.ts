import type { CreateSandboxRequest, ExecRequest, ExecResult, Sandbox } from '@runlet/types';
import type { APIPromise } from '../client/api-promise.js';
import type { CallOptions } from '../client/typed-paths.js';
import type { PagePromise } from '../pagination/page.js';
import type { StreamOptions } from '../streams/event-stream.js';
import { ExecStream } from '../streams/exec-stream.js';
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

  /**
   * Runs a shell command in a running sandbox. With `{ stream: true }` its output arrives as it is printed; a dropped
   * connection resumes with the same `Idempotency-Key` and `Last-Event-ID`, so the command is never run twice.
   * @example const { stdout, exitCode } = await runlet.sandboxes.exec(id, { command }, { stream: true }).result();
   */
  exec(sandboxId: string, body: ExecRequest, options: StreamOptions & CallOptions & { stream: true }): ExecStream;
  exec(sandboxId: string, body: ExecRequest, options?: CallOptions & { stream?: false }): APIPromise<ExecResult>;
  exec(
    sandboxId: string,
    body: ExecRequest,
    options: CallOptions & StreamOptions & { stream?: boolean } = {},
  ): APIPromise<ExecResult> | ExecStream {
    if (!options.stream) {
      return this.#transport.call((c) =>
        c.post('/v1/sandboxes/{sandboxId}/exec', { ...options, params: { path: { sandboxId } }, body }),
      );
    }
    const template = '/v1/sandboxes/{sandboxId}/exec';
    const request = {
      method: 'POST',
      template,
      params: { sandboxId },
      body: { ...body, stream: true },
      options,
    } as const;
    return new ExecStream(this.#transport, request, options);
  }
}
