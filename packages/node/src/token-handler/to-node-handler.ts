import { type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';

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
      // srvx (h3's node:http ↔ fetch adapter, also under @runlet/testing's server; 308 KB installed, no
      // dependencies) is loaded on the first request: importing it takes ~100 ms that the CLI would pay on every run.
      const srvx = await import('srvx/node');
      const response = await handler(toWebRequest(new srvx.NodeRequest({ req, res }), req));
      const { status, headers, body } = response;
      // srvx writes the Response's statusText as it is, and a Response made without one would say `HTTP/1.1 200 `.
      const statusText = response.statusText || STATUS_CODES[status];
      // Each Set-Cookie goes out as its own header line, which Headers would otherwise join with commas.
      await srvx.sendNodeResponse(
        res,
        new srvx.FastResponse(body, { status, ...(statusText && { statusText }), headers }),
      );
    } catch (error) {
      if (next) return next(error);
      res.statusCode = 500;
      res.end();
    }
  };
}

/** srvx's request, at Express's `originalUrl` and with a body that `express.json()` and friends already read. */
function toWebRequest(request: Request, req: NodeRequest): Request {
  const mounted = req.originalUrl !== undefined && req.originalUrl !== req.url && req.originalUrl.startsWith('/');
  if (!mounted && req.body === undefined) return request;
  // Joined as text, not resolved, as srvx does with `req.url`: `//x` stays a path instead of naming the host `x`.
  const url = mounted ? `${new URL(request.url).origin}${req.originalUrl}` : request.url;
  const { method, headers, signal } = request;
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers, signal });
  // The stream is read already; re-serialise what was parsed.
  if (req.body !== undefined) return new Request(url, { method, headers, signal, body: reserialise(req.body) });
  return new Request(url, { method, headers, signal, body: request.body, duplex: 'half' } as RequestInit);
}

function reserialise(body: unknown): BodyInit {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new Uint8Array(body);
  return JSON.stringify(body);
}
