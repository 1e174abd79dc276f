import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTokenHandler, Runlet, type TokenGrant, toNodeHandler } from '@runlet/node';
import { createToken } from '@runlet/types';
import { build } from 'esbuild';

/** One request that reached a token endpoint of the app, as the endpoint saw it. */
export interface TokenRequestRecord {
  path: string;
  origin: string | null;
  cookie: string | null;
  csrfToken: string | null;
  body: string;
  /** When it arrived (`performance.now()` of the test process). */
  at: number;
}

export interface AppServer {
  /** `http://127.0.0.1:<port>`: the page's origin, not the API's. */
  origin: string;
  /** Every request to `/api/runlet-token` and `/api/leaky-token`, oldest first. */
  tokenRequests: TokenRequestRecord[];
  /** What `authorize` grants a signed-in caller (cookie `session=chromium-user`); tests may change it. */
  grant: TokenGrant;
  /** The `rl_live_…` secret `/api/leaky-token` hands out instead of a client token. */
  leakedSecret: string;
  /**
   * The same app's token endpoint on another origin (`http://localhost:<port>/api/cors-token`), made with
   * `createTokenHandler({ cors: { origins: [origin] } })`; it grants callers that send `X-CSRF-Token: chromium-csrf`.
   */
  crossOriginTokenUrl: string;
  /** The paths of the CORS preflights (`OPTIONS`) the app answered, oldest first. */
  preflights: string[];
  reset(): void;
  close(): Promise<void>;
}

export const SESSION_COOKIE = { name: 'session', value: 'chromium-user' };

const defaultGrant = (): TokenGrant => ({
  scopes: ['sandbox:*', 'agent:read'],
  ttlSeconds: 600,
  subject: 'user_chromium',
});

const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>@runlet/browser in Chromium</title></head>
  <body>
    <script type="module" src="/app.js"></script>
  </body>
</html>
`;

/**
 * The app a browser test opens, on its own origin: a page whose script is @runlet/browser bundled by esbuild for
 * `platform: 'browser'` (plus a module worker), and the token endpoint your backend would have — a
 * `createTokenHandler` from @runlet/node, through `toNodeHandler`, minting on the reference backend at `apiURL`.
 */
export async function startAppServer(options: { apiURL: string; adminKey: string }): Promise<AppServer> {
  const scripts = await bundlePageScripts();
  const tokenRequests: TokenRequestRecord[] = [];
  const app: AppServer = {
    origin: '',
    tokenRequests,
    grant: defaultGrant(),
    leakedSecret: createToken('rl_live_'),
    crossOriginTokenUrl: '',
    preflights: [],
    reset() {
      tokenRequests.length = 0;
      app.preflights.length = 0;
      app.grant = defaultGrant();
    },
    close: () => Promise.resolve(),
  };
  // No retries of its own, so that a fault injected on the API reaches the token endpoint's answer at once.
  const minter = new Runlet({ apiKey: options.adminKey, baseURL: options.apiURL, env: {}, maxRetries: 0 });
  let corsTokenHandler: ReturnType<typeof toNodeHandler> | undefined;
  const tokenHandler = toNodeHandler(
    createTokenHandler({
      client: minter,
      authorize: (request) => {
        const signedIn = request.headers.get('cookie')?.includes(`${SESSION_COOKIE.name}=${SESSION_COOKIE.value}`);
        return signedIn ? app.grant : null;
      },
    }),
  );

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://app.invalid').pathname;
    if (req.method === 'GET' && path === '/') return send(res, 200, 'text/html; charset=utf-8', PAGE);
    const script = req.method === 'GET' ? scripts.get(path) : undefined;
    if (script !== undefined) return send(res, 200, 'text/javascript; charset=utf-8', script);
    if (path === '/api/cors-token' && corsTokenHandler) {
      if (req.method === 'OPTIONS') {
        app.preflights.push(path);
        return corsTokenHandler(req, res);
      }
      record(req, path)
        .then((body) => corsTokenHandler?.(Object.assign(req, { body }), res))
        .catch(() => res.destroy());
      return;
    }
    if (req.method === 'POST' && (path === '/api/runlet-token' || path === '/api/leaky-token')) {
      record(req, path)
        .then((body) => {
          // The body is read already, as after express.text(); toNodeHandler takes it from `req.body`.
          if (path === '/api/runlet-token') return tokenHandler(Object.assign(req, { body }), res);
          return send(res, 200, 'application/json', JSON.stringify({ token: app.leakedSecret, expiresIn: 600 }));
        })
        .catch(() => res.destroy());
      return;
    }
    send(res, 404, 'text/plain', `Nothing at ${req.method} ${path}`);
  });

  async function record(req: IncomingMessage, path: string): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    tokenRequests.push({
      path,
      origin: req.headers.origin ?? null,
      cookie: req.headers.cookie ?? null,
      csrfToken: header(req, 'x-csrf-token'),
      body,
      at: performance.now(),
    });
    return body;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  app.origin = `http://127.0.0.1:${port}`;
  // `localhost` and `127.0.0.1` are different origins to the browser, though the same server here.
  app.crossOriginTokenUrl = `http://localhost:${port}/api/cors-token`;
  corsTokenHandler = toNodeHandler(
    createTokenHandler({
      client: minter,
      authorize: (request) => (request.headers.get('x-csrf-token') === 'chromium-csrf' ? app.grant : null),
      cors: { origins: [app.origin] },
    }),
  );
  app.close = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
  return app;
}

/** `/app.js` and `/worker.js`, built from the TypeScript sources on every run, so the page tests what is in src. */
async function bundlePageScripts(): Promise<Map<string, string>> {
  const result = await build({
    entryPoints: {
      app: fileURLToPath(new URL('../page/app.ts', import.meta.url)),
      worker: fileURLToPath(new URL('../page/worker.ts', import.meta.url)),
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    outdir: '/page',
    write: false,
    logLevel: 'silent',
  });
  return new Map(result.outputFiles.map((file) => [`/${basename(file.path)}`, file.text]));
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' ? value : null;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
