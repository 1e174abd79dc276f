import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRunletBackend } from '../create-runlet-backend.js';
import { createRunletHandlers } from '../create-runlet-handlers.js';
import type { RunletBackend } from '../runlet-backend.js';
import { answerMalformedHttp } from './answer-malformed-http.js';
import { createRequestListener } from './create-request-listener.js';

/** Options of `startRunletMockServer`. */
export interface RunletMockServerOptions {
  /** 0 picks a free port. @default 0 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** The backend to serve. @default createRunletBackend() */
  backend?: RunletBackend;
  /** Take the client address from the first `X-Forwarded-For` entry (behind a proxy you trust). @default false */
  trustProxy?: boolean;
  /** The admin key's secret (`rl_test_…`/`rl_live_…`); it is kept across `backend.reset()`. @default a random test key */
  adminKey?: string;
}

/** A running mock server: its URL, backend and admin credentials, and `close()`. */
export interface RunletMockServer {
  /** `http://127.0.0.1:4010`, without a trailing slash. */
  url: string;
  port: number;
  backend: RunletBackend;
  /** A key with every scope (`*`, tier `pro`). */
  adminKey: string;
  /** The admin key's signing secret. */
  signingSecret: string;
  close(): Promise<void>;
}

/**
 * Serves a backend over real HTTP (node:http → web `Request` → msw `getResponse` → the same handlers as
 * `createRunletHandlers`), with the client address taken from the socket, and its controls as JSON under
 * `/__runlet/…` for loopback clients (see the README).
 */
export async function startRunletMockServer(options: RunletMockServerOptions = {}): Promise<RunletMockServer> {
  const backend = options.backend ?? createRunletBackend();
  const admin = await backend.seedKey({
    name: 'mock-admin',
    persistent: true,
    ...(options.adminKey === undefined ? {} : { secret: options.adminKey }),
  });
  const server = createServer();
  const host = options.host ?? '127.0.0.1';
  await listen(server, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const handlers = createRunletHandlers({ backend, baseURL: url });
  server.on(
    'request',
    createRequestListener({ backend, handlers, baseURL: url, trustProxy: options.trustProxy ?? false }),
  );
  answerMalformedHttp(server);
  return {
    url,
    port,
    backend,
    adminKey: admin.secret,
    signingSecret: admin.signingSecret,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
