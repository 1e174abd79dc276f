import { type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import { FastResponse, NodeRequest, sendNodeResponse } from 'srvx/node';
import { ApiError } from '../backend/api-error.js';

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

/**
 * A web `Request` for a node:http request at `url` (on the server's own origin), with the body read already.
 * srvx, the node:http adapter `@runlet/node`'s `toNodeHandler` uses too, copies the headers and aborts the
 * signal when the client goes away; the mock only re-addresses the request and answers a header fetch refuses.
 */
export function toWebRequest(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  url: URL,
  body: Buffer<ArrayBuffer>,
): Request {
  const request = new NodeRequest({ req: incoming, res: outgoing });
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const headers = validHeaders(request, incoming);
  return new Request(url, { method, headers, signal: request.signal, ...(hasBody ? { body } : {}) });
}

/** The headers as fetch holds them; a value node:http lets through but fetch refuses (a NUL byte) is bad input. */
function validHeaders(request: Request, incoming: IncomingMessage): Headers {
  try {
    return new Headers(request.headers);
  } catch {
    const raw = incoming.rawHeaders;
    const name = raw.find((item, i) => i % 2 === 0 && !isValidHeader(item, raw[i + 1] ?? '')) ?? '';
    const message = 'Is not a valid header.';
    throw new ApiError('VALIDATION_ERROR', `The request is not valid. header.${name}: ${message}`, {
      details: { issues: [{ path: `header.${name}`, message }] },
    });
  }
}

function isValidHeader(name: string, value: string): boolean {
  try {
    new Headers([[name, value]]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a web `Response` to node:http through srvx, with a `Content-Length` (the mock answers from memory),
 * except an event stream, which is written event by event; a `Response.error()`, or a stream that errors,
 * destroys the socket, like a dropped connection.
 */
export async function sendWebResponse(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  response: Response,
): Promise<void> {
  if (response.type === 'error') {
    incoming.socket.destroy();
    return;
  }
  const streaming = response.headers.get('content-type')?.startsWith('text/event-stream') ?? false;
  const body = streaming ? response.body : new Uint8Array(await response.arrayBuffer());
  const { status, headers } = response;
  // srvx writes the Response's statusText as it is, and a Response made without one would say `HTTP/1.1 200 `.
  const statusText = response.statusText || STATUS_CODES[status];
  await sendNodeResponse(outgoing, new FastResponse(body, { status, ...(statusText && { statusText }), headers }));
}

/** The peer address of a connection, IPv4-mapped IPv6 (`::ffff:127.0.0.1`) written as IPv4. */
export function peerAddress(incoming: IncomingMessage): string | undefined {
  const address = incoming.socket.remoteAddress;
  return address?.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
}
