import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request as Express and friends hand it over, possibly with a body already parsed. */
type NodeRequest = IncomingMessage & { body?: unknown; originalUrl?: string };

/**
 * Adapts a web-standard handler to `node:http` and Express: `app.post('/api/runlet-token',
 * toNodeHandler(handler))` or `http.createServer(toNodeHandler(handler))`.
 */
export function toNodeHandler(
  handler: (request: Request) => Promise<Response>,
): (req: NodeRequest, res: ServerResponse, next?: (error?: unknown) => void) => Promise<void> {
  return async (req, res, next) => {
    try {
      const response = await handler(await toWebRequest(req));
      res.statusCode = response.status;
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') res.setHeader(name, value);
      });
      // Headers joins most repeated headers with commas, but cookies must stay separate lines.
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) res.setHeader('set-cookie', cookies);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      if (next) return next(error);
      res.statusCode = 500;
      res.end();
    }
  };
}

async function toWebRequest(req: NodeRequest): Promise<Request> {
  const host = req.headers.host ?? 'localhost';
  const secure = 'encrypted' in req.socket && req.socket.encrypted;
  const url = new URL(req.originalUrl ?? req.url ?? '/', `${secure ? 'https' : 'http'}://${host}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
  // express.json() may have read the stream already; re-serialise what it parsed.
  let body: string | Buffer;
  if (typeof req.body === 'string') body = req.body;
  else if (req.body instanceof Uint8Array) body = Buffer.from(req.body);
  else if (req.body !== undefined) body = JSON.stringify(req.body);
  else {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    body = Buffer.concat(chunks);
  }
  return new Request(url, { method, headers, body: new Uint8Array(body instanceof Buffer ? body : Buffer.from(body)) });
}
