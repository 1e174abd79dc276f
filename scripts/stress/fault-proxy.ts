// A fault-injecting HTTP proxy on 127.0.0.1: it forwards requests to one upstream and, for a share of them,
// answers as a failing network or gateway would instead.
import { Agent, createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pickWeighted } from './random.ts';

/**
 * - `error-503`, `rate-limited-429` (Retry-After 0 or 1), `html-502`: answered by the proxy, never forwarded;
 * - `reset-before`: the connection is dropped before forwarding;
 * - `reset-after`: forwarded (the work is done), then the connection is dropped instead of answering;
 * - `truncated`: forwarded, then headers with the real Content-Length and part of the body, then dropped;
 * - `delay`: held past the client's timeout, then forwarded (the work is done after the client gave up).
 */
export type FaultKind =
  | 'error-503'
  | 'rate-limited-429'
  | 'html-502'
  | 'reset-before'
  | 'reset-after'
  | 'truncated'
  | 'delay';

export const FAULT_KINDS: readonly FaultKind[] = [
  'error-503',
  'rate-limited-429',
  'html-502',
  'reset-before',
  'reset-after',
  'truncated',
  'delay',
];

export interface FaultProxyOptions {
  /** `http://127.0.0.1:port` of the server to forward to. */
  upstream: string;
  /** The share of requests that get a fault, 0–1. */
  faultRate: number;
  /** How long a `delay` fault holds a request, in ms: [min, max). */
  delayMs: [number, number];
  random: () => number;
}

export interface FaultProxy {
  url: string;
  /** Requests received, and faults injected by kind. */
  readonly counts: { requests: number; forwarded: number } & Record<FaultKind, number>;
  /** Waits for held (`delay`) requests to reach the upstream, then closes. */
  close(): Promise<void>;
}

interface Upstream {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);
const EQUAL_WEIGHTS = Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 1])) as Record<FaultKind, number>;

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const target = new URL(options.upstream);
  if (target.hostname !== '127.0.0.1') throw new Error('The fault proxy only forwards to 127.0.0.1.');
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const counts = { requests: 0, forwarded: 0, ...Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) } as {
    requests: number;
    forwarded: number;
  } & Record<FaultKind, number>;
  const pending = new Set<Promise<unknown>>();

  const forward = (req: IncomingMessage, body: Buffer): Promise<Upstream> =>
    new Promise((resolve, reject) => {
      counts.forwarded++;
      const upstream = httpRequest(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 502,
              headers: res.headers as Upstream['headers'],
              body: Buffer.concat(chunks),
            }),
          );
          res.on('error', reject);
        },
      );
      upstream.on('error', reject);
      upstream.end(body);
    });

  const answer = (res: ServerResponse, status: number, headers: Record<string, string>, body: string) => {
    if (res.destroyed) return;
    res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };

  const relay = (res: ServerResponse, upstream: Upstream) => {
    if (res.destroyed) return;
    const headers = Object.fromEntries(Object.entries(upstream.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
    res.writeHead(upstream.status, { ...headers, 'content-length': upstream.body.length });
    res.end(upstream.body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    counts.requests++;
    const kind = options.random() < options.faultRate ? pickWeighted(options.random, EQUAL_WEIGHTS) : undefined;
    if (kind) counts[kind]++;
    const requestId = `req_proxy${counts.requests}`;
    switch (kind) {
      case 'error-503':
        return answer(res, 503, { 'content-type': 'application/json' }, envelope('INTERNAL_ERROR', 503, requestId));
      case 'rate-limited-429':
        return answer(
          res,
          429,
          { 'content-type': 'application/json', 'retry-after': String(Math.round(options.random())) },
          envelope('RATE_LIMITED', 429, requestId),
        );
      case 'html-502':
        return answer(res, 502, { 'content-type': 'text/html' }, HTML_502);
      case 'reset-before':
        return req.socket.destroy();
      case 'reset-after':
        await forward(req, body);
        return req.socket.destroy();
      case 'truncated': {
        const upstream = await forward(req, body);
        if (upstream.body.length < 2 || res.destroyed) return req.socket.destroy();
        const headers = Object.fromEntries(Object.entries(upstream.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
        res.writeHead(upstream.status, { ...headers, 'content-length': upstream.body.length });
        const cut = 1 + Math.floor(options.random() * (upstream.body.length - 1));
        res.write(upstream.body.subarray(0, cut), () => req.socket.destroy());
        return;
      }
      case 'delay': {
        const [min, max] = options.delayMs;
        await new Promise((resolve) => setTimeout(resolve, min + options.random() * (max - min)));
        return relay(res, await forward(req, body));
      }
      default:
        return relay(res, await forward(req, body));
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const done = handle(req, res, Buffer.concat(chunks)).catch(() => req.socket.destroy());
      pending.add(done);
      void done.finally(() => pending.delete(done));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    async close() {
      await Promise.allSettled([...pending]);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      agent.destroy();
    },
  };
}

function envelope(code: string, status: number, requestId: string): string {
  const message = status === 429 ? 'Rate limit exceeded. Retry shortly.' : 'The service is unavailable. Retry.';
  return JSON.stringify({ error: { code, message, status, requestId } });
}

const HTML_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
  '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
