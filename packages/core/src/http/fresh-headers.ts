/**
 * A new `Headers` that shares nothing with `init`. While msw's interceptor is active, `new Headers(array)`
 * keeps writing into that array (mswjs/interceptors `recordRawFetchHeaders`), so a long-lived array handed
 * to it collects the headers of every later request: copy instead.
 */
export function freshHeaders(...inits: (HeadersInit | undefined)[]): Headers {
  const headers = new Headers();
  for (const init of inits) {
    if (init === undefined) continue;
    const entries = init instanceof Headers || Array.isArray(init) ? init : Object.entries(init);
    for (const [name, value] of entries as Iterable<[string, string]>) headers.set(name, value);
  }
  return headers;
}
