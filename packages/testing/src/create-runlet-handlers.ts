import { DEFAULT_BASE_URL } from '@runlet/types';
import { type HttpHandler, http } from 'msw';
import { connectionInfoOf } from './connection-info.js';
import type { RunletBackend } from './runlet-backend.js';

/** Options of `createRunletHandlers`: the backend to serve and where the API is mocked. */
export interface RunletHandlersOptions {
  backend: RunletBackend;
  /** Where the API is mocked; a path is allowed (`http://localhost:3000/api`). @default 'https://api.runlet.dev' */
  baseURL?: string;
  /** The client address the backend sees (for IP allowlists) when no HTTP server supplies the real one. @default '127.0.0.1' */
  clientIp?: string;
}

/**
 * msw handlers that answer every request under `baseURL` from `backend`: for `setupServer(...)` in Node
 * tests and `setupWorker(...)` in a browser. A connection reset comes back as `HttpResponse.error()`.
 */
export function createRunletHandlers(options: RunletHandlersOptions): HttpHandler[] {
  const base = new URL(options.baseURL ?? DEFAULT_BASE_URL);
  const basePath = base.pathname.replace(/\/+$/, '');
  const { backend } = options;
  return [
    http.all(
      ({ request }) => {
        const url = new URL(request.url);
        return url.origin === base.origin && (url.pathname === basePath || url.pathname.startsWith(`${basePath}/`));
      },
      ({ request }) => {
        const connection = connectionInfoOf(request);
        const clientIp = connection ? connection.clientIp : (options.clientIp ?? '127.0.0.1');
        return backend.handle(request, {
          basePath,
          ...(clientIp === undefined ? {} : { clientIp }),
          ...(connection ? { target: connection.target } : {}),
        });
      },
    ),
  ];
}
