/** A short description of the JavaScript runtime, for the `X-Runlet-Client` header. */
export function describeRuntime(): string {
  const g = globalThis as Record<string, unknown> & { navigator?: { userAgent?: string } };
  if (typeof g.EdgeRuntime === 'string') return `edge ${g.EdgeRuntime}`;
  const ua = g.navigator?.userAgent;
  if (typeof g.Deno === 'object') return ua?.replace('/', ' ') ?? 'deno';
  if (typeof g.Bun === 'object') return ua?.replace('/', ' ') ?? 'bun';
  if (ua?.startsWith('Node.js/')) return `node ${ua.slice('Node.js/'.length)}`;
  if (typeof g.document === 'object') return 'browser';
  if (typeof g.importScripts === 'function') return 'web-worker';
  return 'unknown';
}

/** Whether requests may carry a `User-Agent` header (browsers refuse it). */
export function canSetUserAgent(): boolean {
  const g = globalThis as Record<string, unknown>;
  return typeof g.document !== 'object' && typeof g.importScripts !== 'function';
}
