/** A short description of the JavaScript runtime, for the `X-Runlet-Client` header. */
export function describeRuntime(): string {
  const g = globalThis as Record<string, unknown> & { navigator?: { userAgent?: string } };
  const ua = g.navigator?.userAgent;
  if (typeof g.EdgeRuntime === 'string') return `edge ${g.EdgeRuntime}`;
  for (const name of ['Deno', 'Bun'])
    if (typeof g[name] === 'object') return ua?.replace('/', ' ') ?? name.toLowerCase();
  return ua?.startsWith('Node.js/')
    ? `node ${ua.slice(8)}`
    : typeof g.document === 'object'
      ? 'browser'
      : typeof g.importScripts === 'function'
        ? 'web-worker'
        : 'unknown';
}

/** Whether requests may carry a `User-Agent` header (browsers and web workers refuse it). */
export function canSetUserAgent(): boolean {
  const g = globalThis as Record<string, unknown>;
  return typeof g.document !== 'object' && typeof g.importScripts !== 'function';
}
