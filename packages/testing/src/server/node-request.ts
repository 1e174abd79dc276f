import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../backend/api-error.js';

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'content-length',
]);

/** The most a request body may hold; a larger one answers 413 (the mock keeps bodies in memory). */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** The whole body of a node:http request; `413` when it is larger than `MAX_BODY_BYTES`. */
export async function readBody(incoming: IncomingMessage): Promise<Buffer<ArrayBuffer>> {
  const tooLarge = () =>
    new ApiError('VALIDATION_ERROR', `The body is larger than ${MAX_BODY_BYTES} bytes.`, {
      status: 413,
      details: { issues: [{ path: 'body', message: `Must be at most ${MAX_BODY_BYTES} bytes.` }] },
    });
  if (Number(incoming.headers['content-length']) > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A web `Request` for a node:http request at `url` (on the server's own origin); aborts when the client goes away. */
export function toWebRequest(
  incoming: IncomingMessage,
  response: ServerResponse,
  url: URL,
  body: Buffer<ArrayBuffer>,
): Request {
  const headers = new Headers();
  for (let i = 0; i + 1 < incoming.rawHeaders.length; i += 2) {
    const name = incoming.rawHeaders[i] ?? '';
    if (HOP_BY_HOP.has(name.toLowerCase())) continue;
    try {
      headers.append(name, incoming.rawHeaders[i + 1] ?? '');
    } catch {
      const message = 'Is not a valid header.';
      throw new ApiError('VALIDATION_ERROR', `The request is not valid. header.${name}: ${message}`, {
        details: { issues: [{ path: `header.${name}`, message }] },
      });
    }
  }
  const controller = new AbortController();
  response.on('close', () => {
    if (!response.writableFinished) controller.abort();
  });
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, { method, headers, signal: controller.signal, ...(hasBody ? { body } : {}) });
}

/** Writes a web `Response` to node:http; a `Response.error()` destroys the socket, like a dropped connection. */
export async function sendWebResponse(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  response: Response,
): Promise<void> {
  if (response.type === 'error') {
    incoming.socket.destroy();
    return;
  }
  const body = Buffer.from(await response.arrayBuffer());
  outgoing.writeHead(response.status, { ...Object.fromEntries(response.headers), 'content-length': body.length });
  outgoing.end(body);
}

/** The peer address of a connection, IPv4-mapped IPv6 (`::ffff:127.0.0.1`) written as IPv4. */
export function peerAddress(incoming: IncomingMessage): string | undefined {
  const address = incoming.socket.remoteAddress;
  return address?.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
}
