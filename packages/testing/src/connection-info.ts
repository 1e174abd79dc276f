/** What the HTTP server knows about a request's connection, out of reach of the request's own headers. */
export interface ConnectionInfo {
  clientIp: string | undefined;
  /** The request target exactly as received. */
  target: string;
}

const connections = new WeakMap<Request, ConnectionInfo>();

export function attachConnectionInfo(request: Request, info: ConnectionInfo): void {
  connections.set(request, info);
}

export function connectionInfoOf(request: Request): ConnectionInfo | undefined {
  return connections.get(request);
}
